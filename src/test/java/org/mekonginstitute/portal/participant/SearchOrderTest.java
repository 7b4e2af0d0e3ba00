package org.mekonginstitute.portal.participant;

import static java.util.stream.Collectors.joining;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mekonginstitute.portal.participant.web.ParticipantForm;
import org.mekonginstitute.portal.support.PortalTest;
import org.mekonginstitute.portal.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The order of a participant search: names of which every word searched for is a whole word first, then names
 * with one whole word, then names starting with the text, then emails and organisations; within each, the order
 * chosen on the list, the same on every page whether the list is filtered or not.
 */
@PortalTest
class SearchOrderTest {

    @Autowired
    ParticipantService participants;

    @Autowired
    TestData data;

    String tag;
    List<Long> wholeWord;
    Participant startOfName;
    Participant inOrganisation;

    @BeforeEach
    void thirtyTwoPeopleFoundByOneWord() {
        tag = TestData.unique();
        wholeWord = new ArrayList<>();
        for (int i = 29; i >= 0; i--) {
            wholeWord.add(
                    0,
                    data.participant("Bopha%02d".formatted(i), tag, Gender.FEMALE, "KH")
                            .getId());
        }
        startOfName = data.participant("Anong", tag + "son", Gender.FEMALE, "TH");
        ParticipantForm form = data.participantForm("Aye", "Aung", Gender.FEMALE, "MM");
        form.setOrganisationName(tag + " Cooperative");
        inOrganisation = participants.create(form.toDetails(), true);
    }

    @Test
    void wholeWordsOfANameComeFirstThenTheStartOfOneThenOrganisations() {
        List<Long> expected = new ArrayList<>(wholeWord);
        expected.add(startOfName.getId());
        expected.add(inOrganisation.getId());

        assertThat(ids(filter(tag.toLowerCase(), 1))).isEqualTo(expected.subList(0, 25));
        assertThat(ids(filter(tag.toLowerCase(), 2))).isEqualTo(expected.subList(25, 32));
        assertThat(participants.search(filter(tag, 1)).getTotalElements()).isEqualTo(32);
        assertThat(participants.quickSearch(tag).stream().map(ParticipantRow::id))
                .containsExactlyElementsOf(expected.subList(0, 10));
    }

    @Test
    void aWholeNameComesBeforeNamesItOnlyPartlyMatches() {
        Participant partly = data.participant("Anh Thien", tag, Gender.MALE, "VN");
        List<Long> whole = aPageOfWomenNamed("Thi");

        for (String country : new String[] {null, "VN"}) {
            ParticipantFilter first = filter(tag + " thi", 1);
            first.setCountry(country);
            ParticipantFilter second = filter(tag + " thi", 2);
            second.setCountry(country);
            assertThat(ids(first)).as("country " + country).isEqualTo(whole);
            assertThat(ids(second)).as("country " + country).containsExactly(partly.getId());
        }
        assertThat(participants.quickSearch("thi " + tag).stream().map(ParticipantRow::id))
                .containsExactlyElementsOf(whole.subList(0, 10));
    }

    @Test
    void threeWholeWordsComeBeforeNamesWithTwoOfThem() {
        Participant twoOfThree = data.participant("Thi Maiya", tag, Gender.FEMALE, "VN");
        List<Long> whole = aPageOfWomenNamed("Thi Mai");

        assertThat(ids(filter("mai thi " + tag, 1))).isEqualTo(whole);
        assertThat(ids(filter("mai thi " + tag, 2))).containsExactly(twoOfThree.getId());
    }

    @Test
    void aWordSearchedForTwiceFindsWhatItFindsOnce() {
        assertThat(ids(filter(tag + " " + tag.toLowerCase(), 1))).isEqualTo(ids(filter(tag, 1)));
        assertThat(ids(filter(tag + ", " + tag, 2))).isEqualTo(ids(filter(tag, 2)));
    }

    @Test
    void everyPageIsTheSameWithOrWithoutAFilterThatKeepsEveryone() {
        for (String dir : List.of("asc", "desc")) {
            for (int page = 1; page <= 2; page++) {
                ParticipantFilter all = filter(tag, page);
                all.setDir(dir);
                ParticipantFilter women = filter(tag, page);
                women.setDir(dir);
                women.setGender(Gender.FEMALE);
                assertThat(ids(all))
                        .as(dir + " page " + page)
                        .isEqualTo(ids(women))
                        .isNotEmpty();
            }
        }
    }

    @Test
    void aRenamedPersonTakesTheirNewPlace() {
        Participant last = participants.get(wholeWord.get(29));
        participants.update(last.getId(), last.getVersion(), renamed(last, "Bopha"));

        assertThat(ids(filter(tag, 1)).get(0)).isEqualTo(last.getId());
        assertThat(participants.search(filter("bopha29 " + tag, 1)).getContent())
                .isEmpty();
    }

    @Test
    void everyWordSearchedForMustBeFound() {
        assertThat(ids(filter("bopha07 " + tag, 1))).containsExactly(wholeWord.get(7));
        String seventyWords =
                tag + IntStream.range(1, 70).mapToObj(" nobody%02d"::formatted).collect(joining());
        assertThat(ids(filter(seventyWords, 1))).isEmpty();
    }

    /** Twenty-five women of Viet Nam with this given name and the test's family name, a page's worth, by id. */
    private List<Long> aPageOfWomenNamed(String given) {
        return IntStream.range(0, 25)
                .mapToObj(i -> data.participant(given, tag, Gender.FEMALE, "VN").getId())
                .toList();
    }

    private List<Long> ids(ParticipantFilter filter) {
        return participants.search(filter).getContent().stream()
                .map(ParticipantRow::id)
                .toList();
    }

    private static ParticipantFilter filter(String q, int page) {
        ParticipantFilter filter = new ParticipantFilter();
        filter.setQ(q);
        filter.setPage(page);
        return filter;
    }

    private static ParticipantDetails renamed(Participant person, String given) {
        return new ParticipantDetails(
                person.getTitle(),
                given,
                person.getFamilyName(),
                person.getGender(),
                person.getCountry(),
                person.getOrganisationName(),
                person.getOrganisationType(),
                null,
                person.getPosition(),
                person.getSeniority(),
                person.getEmail(),
                person.getPhone(),
                person.isConsentToContact());
    }
}
