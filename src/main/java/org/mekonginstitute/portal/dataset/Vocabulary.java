package org.mekonginstitute.portal.dataset;

import java.util.Locale;

/** The words generated rows are made of: countries, types, topics, places, currencies and sectors. */
final class Vocabulary {

    static final String[] GMS = {"KH", "CN", "LA", "MM", "TH", "VN"};
    static final String[] OTHER_COUNTRIES = {"AU", "JP", "KR", "US", "DE", "CH", "SG", "ID", "PH", "IN"};
    static final String[] ORG_TYPES = {
        "DONOR_AGENCY",
        "GOVERNMENT_AGENCY",
        "INTERGOVERNMENTAL_ORGANISATION",
        "SECRETARIAT",
        "NGO",
        "NETWORK",
        "ACADEMIC",
        "PRIVATE_SECTOR",
        "MEDIA",
        "RECRUITMENT_AGENCY",
        "FOUNDATION"
    };
    static final String[] ACTIVITY_TYPES = {
        "STRUCTURED_LEARNING_VISIT",
        "TRAINING",
        "CAPACITY_DEVELOPMENT_PROGRAM",
        "TRAINING_OF_TRAINERS",
        "EXPERT_MEETING",
        "WORKSHOP",
        "WEBINAR",
        "CONSULTATION",
        "EVALUATION_WORKSHOP"
    };
    static final String[] TOPICS = {
        "labour migration",
        "trade facilitation",
        "agricultural value chains",
        "renewable energy",
        "water governance",
        "e-commerce for SMEs",
        "food safety",
        "climate resilience",
        "regional connectivity",
        "tourism development",
        "digital skills",
        "cross-border trade",
        "policy planning",
        "monitoring and evaluation",
        "public-private partnerships"
    };
    /** A city and its country. */
    static final String[] CITIES = {
        "Khon Kaen,TH",
        "Bangkok,TH",
        "Vientiane,LA",
        "Phnom Penh,KH",
        "Siem Reap,KH",
        "Yangon,MM",
        "Mandalay,MM",
        "Kunming,CN",
        "Nanning,CN",
        "Ha Noi,VN",
        "Ho Chi Minh City,VN",
        "Da Nang,VN",
        "Luang Prabang,LA",
        "Chiang Mai,TH",
        "Mae Sot,TH"
    };

    static final String[] CURRENCIES = {"USD", "THB", "AUD", "EUR", "JPY", "CNY", "KRW", "CHF"};
    /** DAC purpose codes of the institute's kind of projects (project/DacSectors). */
    static final String[] SECTORS = {
        "43081", "43081", "15110", "15190", "16020", "11430", "33120", "31120", "23110", "41010", "22040", "43040"
    };

    private Vocabulary() {}

    /** A code as words: "GOVERNMENT_AGENCY" is "Government agency". */
    static String label(String code) {
        String spaced = code.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    /** The generated staff member with this number (from 1), who also appears in review histories and updates. */
    static String staffEmail(long number) {
        return "staff" + number + "@bench.mekonginstitute.org";
    }
}
