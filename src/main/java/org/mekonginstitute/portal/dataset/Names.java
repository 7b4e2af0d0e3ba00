package org.mekonginstitute.portal.dataset;

import java.util.List;
import java.util.Map;
import java.util.Random;

/** Given and family names of the six countries, in their own scripts and in Latin letters. */
final class Names {

    record Name(String given, String family) {}

    private static final Map<String, List<String[]>> NATIVE = Map.of(
            "TH",
                    List.of(
                            new String[] {
                                "สมชาย",
                                "สมศรี",
                                "วิไลวรรณ",
                                "ประเสริฐ",
                                "นภา",
                                "อนุชา",
                                "กนกวรรณ",
                                "ศิริพร",
                                "ชัยวัฒน์",
                                "พิมพ์ชนก"
                            },
                            new String[] {
                                "ใจดี",
                                "ศรีสุข",
                                "วงศ์ไทย",
                                "บุญมี",
                                "รัตนกร",
                                "ทองดี",
                                "แสงทอง",
                                "สุวรรณรัตน์",
                                "ชัยสิทธิ์",
                                "พรหมมา"
                            }),
            "LA",
                    List.of(
                            new String[] {
                                "ສົມພອນ",
                                "ບົວສີ",
                                "ຄໍາລາ",
                                "ສຸກສະຫວັນ",
                                "ວິໄລພອນ",
                                "ພອນສະຫວັນ",
                                "ມະນີວອນ",
                                "ຄໍາແພງ",
                                "ຈັນທະລີ",
                                "ສົມສີ"
                            },
                            new String[] {
                                "ພົມມະຈັນ",
                                "ແກ້ວມະນີ",
                                "ສີສຸພັນ",
                                "ອິນທະວົງ",
                                "ໄຊຍະວົງ",
                                "ວົງສາ",
                                "ດວງດີ",
                                "ສີວົງໄຊ",
                                "ສີຫາລາດ",
                                "ພົມມາ"
                            }),
            "KH",
                    List.of(
                            new String[] {
                                "សុខា", "ដារា", "វណ្ណា", "ស្រីមុំ", "រិទ្ធី", "បុប្ផា", "វុទ្ធី", "សុភាព", "ចាន់ធី",
                                "សុខ"
                            },
                            new String[] {"ចាន់", "ពេជ្រ", "សេង", "កែវ", "សំ", "លឹម", "ហេង", "អ៊ុក", "ម៉ៅ", "ឈឹម"}),
            "MM",
                    List.of(
                            new String[] {
                                "မောင်မောင်", "သီတာ", "ကျော်", "ခင်ခင်", "နန္ဒာ", "ထက်", "စု", "အောင်", "ဇော်", "မြတ်"
                            },
                            new String[] {"ဦး", "အောင်", "ဇော်", "ဌေး", "ဝင်း", "နိုင်", "မွန်", "မြတ်", "လင်း", "ထွန်း"
                            }),
            "CN",
                    List.of(
                            new String[] {"芳", "伟", "丽", "军", "洋", "敏", "磊", "静", "强", "娜"},
                            new String[] {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴"}),
            "VN",
                    List.of(
                            new String[] {
                                "Thị Hằng",
                                "Văn Nam",
                                "Thị Thu",
                                "Quốc Bảo",
                                "Thị Mai",
                                "Đức Anh",
                                "Minh Tuấn",
                                "Thị Lan",
                                "Thanh Hương",
                                "Quang Huy"
                            },
                            new String[] {"Nguyễn", "Trần", "Lê", "Phạm", "Đỗ", "Vũ", "Hoàng", "Bùi", "Ngô", "Đặng"}));

    private static final Map<String, List<String[]>> LATIN = Map.of(
            "TH",
                    List.of(
                            new String[] {
                                "Somchai",
                                "Siriporn",
                                "Anucha",
                                "Kanokwan",
                                "Prasert",
                                "Ploy",
                                "Chatchai",
                                "Nattaya",
                                "Kanya",
                                "Boonsong"
                            },
                            new String[] {
                                "Chaiyasit",
                                "Rattanakorn",
                                "Thongdee",
                                "Boonmee",
                                "Suwannarat",
                                "Saengthong",
                                "Wattana",
                                "Kittisak",
                                "Phromma",
                                "Kaewkla"
                            }),
            "LA",
                    List.of(
                            new String[] {
                                "Khamla",
                                "Souksavanh",
                                "Vilayphone",
                                "Phonesavanh",
                                "Manivone",
                                "Khampheng",
                                "Somphone",
                                "Chanthaly",
                                "Bounmy",
                                "Noy"
                            },
                            new String[] {
                                "Sisouphanh",
                                "Phommachanh",
                                "Keomany",
                                "Inthavong",
                                "Sayavong",
                                "Vongsa",
                                "Douangdy",
                                "Sivongxay",
                                "Phimmasone",
                                "Luangrath"
                            }),
            "KH",
                    List.of(
                            new String[] {
                                "Sokha", "Dara", "Sreymom", "Rithy", "Bopha", "Vuthy", "Sopheap", "Vanna", "Chenda",
                                "Pisey"
                            },
                            new String[] {"Chan", "Pich", "Keo", "Sam", "Lim", "Heng", "Ouk", "Seng", "Mao", "Chhim"}),
            "MM",
                    List.of(
                            new String[] {
                                "Thida", "Kyaw", "Nandar", "Htet", "Su", "Aung", "Zaw", "Khin", "Moe", "Thandar"
                            },
                            new String[] {"Aung", "Zaw", "Win", "Naing", "Mon", "Myat", "Lin", "Htut", "Oo", "Tun"}),
            "CN",
                    List.of(
                            new String[] {"Wei", "Jun", "Min", "Lei", "Fang", "Yang", "Jing", "Qiang", "Na", "Xiaoling"
                            },
                            new String[] {"Li", "Chen", "Zhao", "Huang", "Wang", "Zhang", "Liu", "Yang", "Zhou", "Wu"}),
            "VN",
                    List.of(
                            new String[] {"Hang", "Nam", "Thu", "Bao", "Mai", "Duc Anh", "Tuan", "Lan", "Huong", "Huy"},
                            new String[] {"Nguyen", "Tran", "Le", "Pham", "Do", "Vu", "Hoang", "Bui", "Ngo", "Dang"}));

    private Names() {}

    /** A name of that country: in its own script about half the time. */
    static Name of(String country, Random random) {
        List<String[]> pool = random.nextBoolean() ? NATIVE.get(country) : LATIN.get(country);
        return new Name(pick(pool.get(0), random), pick(pool.get(1), random));
    }

    private static String pick(String[] values, Random random) {
        return values[random.nextInt(values.length)];
    }
}
