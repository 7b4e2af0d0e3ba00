package org.mekonginstitute.portal.evaluation.demo;

import org.mekonginstitute.portal.evaluation.questionnaire.ItemDraft;
import org.mekonginstitute.portal.evaluation.questionnaire.ItemKind;

import java.util.List;

/** The demo programme's test and evaluation, on labour migration governance in the Greater Mekong Subregion. */
final class DemoQuestions {

    private DemoQuestions() {}

    static final List<ItemDraft> TEST = List.of(
            choice(
                    "Which agreement do GMS countries most often sign to organise recruitment between two countries?",
                    1,
                    "A free trade agreement",
                    "A bilateral Memorandum of Understanding (MoU) on employment",
                    "A double taxation treaty",
                    "A visa exemption agreement"),
            choice(
                    "Who should pay recruitment fees under the principle of fair recruitment?",
                    2,
                    "The migrant worker",
                    "The migrant worker's family",
                    "The employer",
                    "The sending government"),
            truth("Remittances from migrant workers are a significant source of household income in the GMS.", true),
            truth("A migrant worker's passport may be kept by the employer for safekeeping.", false),
            choice(
                    "What does a one-stop service centre for migrant workers mainly offer?",
                    0,
                    "Registration, documents and information in one place",
                    "Free air tickets",
                    "Language courses only",
                    "Bank loans"),
            truth(
                    "Recruitment agencies can help make labour migration safe when they are licensed and monitored.",
                    true));

    static final List<ItemDraft> EVALUATION = List.of(
            rating("Relevance of the programme to your work"),
            rating("Content and learning materials"),
            rating("Facilitation by the resource persons"),
            rating("Organisation and logistics"),
            rating("Overall, how satisfied are you with the programme?"),
            new ItemDraft(ItemKind.OPEN, "What will you apply in your work in the next six months?", List.of(), null),
            new ItemDraft(ItemKind.OPEN, "What should we improve?", List.of(), null));

    /** What participants wrote, in their own languages: what they will apply, then what to improve. */
    static final List<String> TO_APPLY = List.of(
            "Draft a guideline on fair recruitment for our ministry.",
            "นำแนวปฏิบัติที่ดีไปใช้กับศูนย์บริการแรงงานข้ามชาติ",
            "ចែករំលែកចំណេះដឹងជាមួយសហការីនៅក្រសួង",
            "ປັບປຸງການໃຫ້ຂໍ້ມູນແກ່ແຮງງານກ່ອນອອກເດີນທາງ",
            "Tăng cường hợp tác với các doanh nghiệp tuyển dụng.",
            "Train provincial labour officers on the pre-departure orientation.",
            "将良好做法纳入我们的跨境劳务合作计划。",
            "Set up a referral system with the one-stop service centre.");

    static final List<String> TO_IMPROVE = List.of(
            "More time for the country action plans, please.",
            "更多关于跨境合作的案例研究。",
            "Share the presentations before the sessions.",
            "ขอให้มีล่ามภาษาไทยในบางช่วง",
            "The field visit could be longer.");

    private static ItemDraft choice(String question, int right, String... options) {
        return new ItemDraft(ItemKind.MULTIPLE_CHOICE, question, List.of(options), right);
    }

    private static ItemDraft truth(String statement, boolean isTrue) {
        return new ItemDraft(ItemKind.TRUE_FALSE, statement, List.of(), isTrue ? 0 : 1);
    }

    private static ItemDraft rating(String question) {
        return new ItemDraft(ItemKind.RATING, question, List.of(), null);
    }
}
