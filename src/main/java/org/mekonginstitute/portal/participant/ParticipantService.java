package org.mekonginstitute.portal.participant;

import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.organisation.Organisation;
import org.mekonginstitute.portal.organisation.OrganisationService;
import org.mekonginstitute.portal.shared.Countries;
import org.mekonginstitute.portal.shared.InUseException;
import org.mekonginstitute.portal.shared.InvalidInput;
import org.mekonginstitute.portal.shared.NotFoundException;
import org.mekonginstitute.portal.shared.PlainText;
import org.mekonginstitute.portal.shared.Text;
import org.springframework.data.domain.AuditorAware;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The participant registry: creating without duplicates, editing, merging two records, privacy. */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class ParticipantService {

    private final ParticipantRepository participants;
    private final ParticipantWriter writer;
    private final ParticipantQueries queries;
    private final DuplicateSearch duplicates;
    private final ParticipantMerge merges;
    private final PersonalData personalData;
    private final OrganisationService organisations;
    private final Countries countries;
    private final AuditorAware<String> auditor;
    private final Clock clock;

    public Participant get(long id) {
        return participants.findDetailed(id).orElseThrow(() -> new NotFoundException("Participant", id));
    }

    public Page<ParticipantRow> search(ParticipantFilter filter) {
        return queries.search(filter);
    }

    /**
     * Up to {@code limit} filtered people after the one with id {@code after} (null: from the first), by id, and one
     * more when more follow: a list read by cursor.
     */
    public List<ParticipantRow> after(ParticipantFilter filter, Long after, int limit) {
        return queries.after(filter, after, limit);
    }

    public List<ParticipantRow> quickSearch(String text) {
        // Nobody's name holds a character that cannot be stored: such a search finds no one.
        return searchable(text) && PlainText.storable(text) ? queries.quickSearch(text) : List.of();
    }

    /** Two letters at least, or one Chinese character: many Chinese names are two characters in all. */
    public static boolean searchable(String text) {
        String typed = text == null ? "" : text.strip();
        return typed.codePointCount(0, typed.length()) >= 2
                || typed.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    public List<HistoryRow> history(long id) {
        return queries.history(id);
    }

    /** The people a registered person may also be, to merge with. */
    public List<DuplicateMatch> probableDuplicates(Participant person) {
        return duplicates.of(List.of(PersonToMatch.of(person)), person.getId()).get(0);
    }

    /** The probable duplicates of many people at once (the lines of an import), one list per person, in order. */
    public List<List<DuplicateMatch>> probableDuplicates(List<ParticipantDetails> people) {
        return probableDuplicatesOf(people.stream().map(PersonToMatch::of).toList());
    }

    /** The probable duplicates of people known only by what they are matched on, one list per person, in order. */
    public List<List<DuplicateMatch>> probableDuplicatesOf(List<PersonToMatch> people) {
        return duplicates.of(people, null);
    }

    /**
     * Registers a person, unless they probably exist already: then the matches come back for the user to choose
     * from, and only "create anyway" saves. An email used by someone else is never accepted.
     */
    @Transactional
    public Participant create(ParticipantDetails details, boolean createAnyway) {
        if (!createAnyway && countries.isValid(details.country())) {
            List<DuplicateMatch> matches =
                    duplicates.of(List.of(PersonToMatch.of(details)), null).get(0);
            if (!matches.isEmpty()) {
                throw new ProbableDuplicates(matches);
            }
        }
        Participant participant = new Participant(details, check(details, null));
        long id = writer.insert(
                        List.of(participant), auditor.getCurrentAuditor().orElseThrow())
                .get(0);
        return get(id);
    }

    /**
     * Registers the people of an import at once, each as {@link #create} would with "create anyway" (the preview
     * showed their probable duplicates); the file was checked line by line before. Returns their ids, in order.
     */
    @Transactional
    public List<Long> createAll(List<ParticipantDetails> people, String by) {
        Map<Long, Organisation> linked = new HashMap<>();
        List<Participant> records = people.stream()
                .map(details -> new Participant(
                        details,
                        details.organisationId() == null
                                ? null
                                : linked.computeIfAbsent(
                                        details.organisationId(),
                                        id -> organisations.find(id).orElse(null))))
                .toList();
        return writer.insert(records, by);
    }

    /** Which of these emails belong to someone (case aside), as registered, in order. */
    public List<String> registeredEmails(Collection<String> emails) {
        return emails.isEmpty() ? List.of() : queries.registeredEmails(emails);
    }

    /** Whether all these people are still in the registry (none merged away or removed). */
    public boolean allRegistered(Collection<Long> ids) {
        return ids.isEmpty() || queries.countRegistered(ids) == ids.size();
    }

    @Transactional
    public Participant update(long id, long version, ParticipantDetails details) {
        Participant participant = get(id);
        participant.checkVersion(version);
        participant.checkEditable();
        participant.apply(details, check(details, participant));
        return participants.saveAndFlush(participant);
    }

    /** Clears the person's identifying fields; what counts for the statistics stays. */
    @Transactional
    public void anonymise(long id) {
        get(id).anonymise(Instant.now(clock));
    }

    /** Merges {@code removedId} into {@code keptId}, as {@link ParticipantMerge} tells. */
    @Transactional
    public MergeResult merge(long keptId, long removedId, String mergedBy) {
        if (keptId == removedId) {
            throw new InUseException(Text.of("participant.merge.same"));
        }
        return merges.merge(get(keptId), get(removedId), mergedBy);
    }

    /** What a merge did. */
    public record MergeResult(Participant kept, int enrolmentsMoved, int actionPlansMoved) {}

    /** Everything the portal holds about one person, as they may ask to see it. */
    public Map<String, Object> exportData(long id) {
        return personalData.of(get(id));
    }

    private Organisation check(ParticipantDetails details, Participant existing) {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        problems.addIf(
                details.country() != null && !countries.isValid(details.country()),
                "country",
                Text.of("participant.form.country.invalid"));
        Organisation organisation = null;
        if (details.organisationId() != null) {
            organisation = organisations.find(details.organisationId()).orElse(null);
            problems.addIf(organisation == null, "organisationId", Text.of("participant.form.organisation.invalid"));
        }
        if (details.email() != null && !details.email().isBlank()) {
            participants
                    .findByEmail(details.email().strip())
                    .filter(other -> existing == null || !other.getId().equals(existing.getId()))
                    .ifPresent(other -> problems.add(
                            "email",
                            Text.of(
                                    "participant.form.email.taken",
                                    other.fullName(),
                                    countries.name(other.getCountry()))));
        }
        problems.check();
        return organisation;
    }
}
