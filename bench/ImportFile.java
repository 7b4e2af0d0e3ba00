import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;

/**
 * A participant file for the import benchmark (bench/README.md, "Import"): {@code lines} people of the six countries,
 * named in their own scripts or in Latin letters, with an organisation, position and email. Most are new to the
 * large data set; one in ten carries the name of people it holds (so the preview finds them and suggests using
 * them), one in fifty the email of someone registered. Deterministic for a seed.
 *
 * <pre>java bench/ImportFile.java 10000 [seed] > import.csv</pre>
 */
public class ImportFile {

    static final String[] COUNTRIES = {"KH", "CN", "LA", "MM", "TH", "VN"};

    // Given and family names as the large data set draws them (dataset/Names), by country.
    static final String[][] GIVEN = {
        {"Sokha", "Dara", "Sreymom", "Rithy", "Bopha", "Vuthy", "Sopheap", "Vanna", "Chenda", "Pisey"},
        {"Wei", "Jun", "Min", "Lei", "Fang", "Yang", "Jing", "Qiang", "Na", "Xiaoling"},
        {"Khamla", "Souksavanh", "Vilayphone", "Phonesavanh", "Manivone", "Khampheng", "Somphone", "Chanthaly"},
        {"Thida", "Kyaw", "Nandar", "Htet", "Su", "Aung", "Zaw", "Khin", "Moe", "Thandar"},
        {"Somchai", "Siriporn", "Anucha", "Kanokwan", "Prasert", "Ploy", "Chatchai", "Nattaya", "Kanya"},
        {"Thị Hằng", "Văn Nam", "Thị Thu", "Quốc Bảo", "Thị Mai", "Đức Anh", "Minh Tuấn", "Thị Lan", "Quang Huy"}
    };
    static final String[][] FAMILY = {
        {"Chan", "Pich", "Keo", "Sam", "Lim", "Heng", "Ouk", "Seng", "Mao", "Chhim"},
        {"Li", "Chen", "Zhao", "Huang", "Wang", "Zhang", "Liu", "Yang", "Zhou", "Wu"},
        {"Sisouphanh", "Phommachanh", "Keomany", "Inthavong", "Sayavong", "Vongsa", "Douangdy", "Sivongxay"},
        {"Aung", "Zaw", "Win", "Naing", "Mon", "Myat", "Lin", "Htut", "Oo", "Tun"},
        {"Chaiyasit", "Rattanakorn", "Thongdee", "Boonmee", "Suwannarat", "Saengthong", "Wattana", "Kittisak"},
        {"Nguyễn", "Trần", "Lê", "Phạm", "Đỗ", "Vũ", "Hoàng", "Bùi", "Ngô", "Đặng"}
    };
    // Family names of people new to the registry, by country, combined with a second part.
    static final String[][] NEW_FAMILY = {
        {"Sothea", "Vannak", "Kosal", "Sambath", "Rathana", "Chantrea", "Phalla", "Sovann", "Bunthoeun", "Kimsour"},
        {"Xu", "Sun", "Ma", "Zhu", "Hu", "Guo", "He", "Gao", "Lin", "Luo"},
        {"Xaysana", "Phetsamone", "Vongphachanh", "Sengdara", "Khounvisith", "Chanthavong", "Bounyavong"},
        {"Kyi", "Thein", "Soe", "Hlaing", "Maung", "Thant", "Swe", "Khaing", "Nyein", "Phyo"},
        {"Srisawat", "Phongphan", "Sukprasert", "Thanomsak", "Wongsuwan", "Jaidee", "Ruangrit", "Kaewmanee"},
        {"Trịnh", "Lương", "Mai", "Tạ", "Cao", "Đinh", "Hồ", "Dương", "Lý", "Phan"}
    };
    static final String[] SECOND = {
        "Anan", "Bun", "Chai", "Dok", "Ek", "Fah", "Ket", "Lamai", "Mali", "Narong", "Orn", "Pakorn", "Rung", "Sak",
        "Thong", "Udom", "Vira", "Wan", "Yot", "Zin"
    };
    static final String[] ORGANISATIONS = {
        "Ministry of Labour", "Ministry of Agriculture", "Chamber of Commerce", "Provincial Department of Industry",
        "National University", "Women's Union", "Customs Department", "Department of Trade Promotion"
    };
    static final String[] TYPES = {"GOVERNMENT_AGENCY", "ACADEMIC", "NGO", "PRIVATE_SECTOR", "NETWORK"};
    static final String[] POSITIONS = {"Officer", "Director", "Deputy Director", "Coordinator", "Researcher"};
    static final String[] SENIORITIES = {"JUNIOR", "MIDDLE", "SENIOR", "EXECUTIVE"};

    public static void main(String[] args) throws IOException {
        int lines = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 7;
        Random random = new Random(seed);
        String run = Long.toString(System.currentTimeMillis(), 36);
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        out.print("\uFEFFtitle,given_name,family_name,gender,country,organisation,organisation_type,position,"
                + "seniority,email,phone,consent_to_contact\r\n");
        for (int i = 0; i < lines; i++) {
            int c = random.nextInt(COUNTRIES.length);
            boolean female = random.nextInt(100) < 52;
            int kind = random.nextInt(50);
            String given = pick(GIVEN[c], random);
            String family = kind < 5
                    ? pick(FAMILY[c], random)
                    : pick(NEW_FAMILY[c], random) + " " + pick(SECOND, random) + pick(SECOND, random).toLowerCase();
            String email = kind == 49
                    ? "p" + (1 + random.nextInt(200_000)) + "@participants.gen.example.org"
                    : "b" + i + "." + run + "@import.example.org";
            out.print(String.join(
                    ",",
                    female ? "Ms" : "Mr",
                    given,
                    family,
                    female ? "FEMALE" : "MALE",
                    COUNTRIES[c],
                    "\"" + pick(ORGANISATIONS, random) + ", " + COUNTRIES[c] + "\"",
                    pick(TYPES, random),
                    pick(POSITIONS, random),
                    pick(SENIORITIES, random),
                    email,
                    random.nextBoolean() ? "'+66 " + (10_000_000 + random.nextInt(89_999_999)) : "",
                    random.nextInt(4) == 0 ? "no" : "yes"));
            out.print("\r\n");
        }
        out.flush();
    }

    private static String pick(String[] values, Random random) {
        return values[random.nextInt(values.length)];
    }
}
