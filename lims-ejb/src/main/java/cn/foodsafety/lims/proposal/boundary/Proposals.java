package cn.foodsafety.lims.proposal.boundary;

import cn.foodsafety.lims.audit.boundary.AuditTrail;
import cn.foodsafety.lims.masterdata.boundary.Settings;
import cn.foodsafety.lims.masterdata.entity.FoodCategory;
import cn.foodsafety.lims.masterdata.entity.Region;
import cn.foodsafety.lims.planning.boundary.CampaignData;
import cn.foodsafety.lims.planning.boundary.Campaigns;
import cn.foodsafety.lims.planning.entity.Campaign;
import cn.foodsafety.lims.planning.entity.CampaignReason;
import cn.foodsafety.lims.platform.control.InvalidInputException;
import cn.foodsafety.lims.platform.control.NotFoundException;
import cn.foodsafety.lims.platform.control.RuleViolationException;
import cn.foodsafety.lims.platform.control.Violations;
import cn.foodsafety.lims.platform.entity.Role;
import cn.foodsafety.lims.proposal.control.ProposalLimits;
import cn.foodsafety.lims.proposal.entity.Challenge;
import cn.foodsafety.lims.proposal.entity.Proposal;
import cn.foodsafety.lims.proposal.entity.ProposalState;
import cn.foodsafety.lims.proposal.entity.ProposalVote;
import cn.foodsafety.lims.security.boundary.Users;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * "你点我检": residents propose and vote without signing in (each address limited, each request
 * answering a single-use challenge), a planner accepts chosen proposals into a special campaign of
 * a plan (through the plan's own campaign rules) or declines them with a reason, and the campaign's
 * samples and published results are shown against each proposal.
 */
@Stateless
@LocalBean
public class Proposals {

  static final String ENTITY = "Proposal";
  static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
  static final Duration CHALLENGE_LIFE = Duration.ofMinutes(10);
  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext EntityManager em;

  @Inject Validator validator;

  @Inject AuditTrail audit;

  @Inject Users users;

  @Inject Settings settings;

  @Inject Campaigns campaigns;

  @Inject Clock clock = Clock.systemUTC();

  /** A new challenge for the public page; expired ones are cleared on the way. */
  @PermitAll
  public ChallengeData challenge() {
    Instant now = clock.instant();
    em.createQuery("delete from Challenge c where c.expiresAt < :now")
        .setParameter("now", now.atOffset(java.time.ZoneOffset.UTC))
        .executeUpdate();
    int a = 1 + RANDOM.nextInt(9);
    int b = 1 + RANDOM.nextInt(9);
    byte[] bytes = new byte[24];
    RANDOM.nextBytes(bytes);
    String token = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    em.persist(new Challenge(token, a + b, now.plus(CHALLENGE_LIFE)));
    return new ChallengeData(token, a + " + " + b + " = ?", (int) CHALLENGE_LIFE.toSeconds());
  }

  /** A resident's proposal: challenge answered, within the address's daily limit. */
  @PermitAll
  public ProposalData propose(ProposalForm form, String address) {
    Violations v = Violations.of(validator, form);
    v.throwIfAny();
    Instant now = clock.instant();
    answered(form.challengeToken(), form.challengeAnswer(), now);
    String author = ProposalLimits.keyOf(address);
    long recent =
        em.createQuery(
                "select count(p) from Proposal p where p.authorKey = :a and p.createdAt > :since",
                Long.class)
            .setParameter("a", author)
            .setParameter("since", now.minus(Duration.ofDays(1)).atOffset(java.time.ZoneOffset.UTC))
            .getSingleResult();
    int max = settings.intValue("proposal.maxPerAddressPerDay", 3);
    if (recent >= max) {
      throw new RuleViolationException("lims.proposal.tooManyProposals", max);
    }
    Proposal p =
        new Proposal(
            form.kind(),
            form.subject().strip(),
            ProposalLimits.blankToNull(form.place()),
            ProposalLimits.blankToNull(form.reason()),
            author,
            now);
    em.persist(p);
    em.flush();
    audit.created(ENTITY, p.getId(), p.getKind() + " " + p.getSubject());
    return data(p, Map.of());
  }

  /** A vote: one per address and proposal, within the address's hourly limit. */
  @PermitAll
  public ProposalData vote(long id, VoteForm form, String address) {
    Violations.of(validator, form).throwIfAny();
    Instant now = clock.instant();
    answered(form.challengeToken(), form.challengeAnswer(), now);
    Proposal p = find(id);
    String voter = ProposalLimits.keyOf(address);
    if (em.find(ProposalVote.class, new ProposalVote.Key(id, voter)) != null) {
      throw new RuleViolationException("lims.proposal.alreadyVoted");
    }
    long recent =
        em.createQuery(
                "select count(v) from ProposalVote v where v.voterKey = :k and v.votedAt > :since",
                Long.class)
            .setParameter("k", voter)
            .setParameter(
                "since", now.minus(Duration.ofHours(1)).atOffset(java.time.ZoneOffset.UTC))
            .getSingleResult();
    int max = settings.intValue("proposal.maxVotesPerAddressPerHour", 20);
    if (recent >= max) {
      throw new RuleViolationException("lims.proposal.tooManyVotes", max);
    }
    p.voted();
    em.persist(new ProposalVote(id, voter, now));
    em.flush();
    return data(p, outcomes(List.of(p)));
  }

  /** The public list: open and accepted proposals, most votes first, with their results. */
  @PermitAll
  public List<ProposalData> publicList() {
    List<Proposal> list =
        em.createQuery(
                "select p from Proposal p where p.state <> :declined"
                    + " order by p.votes desc, p.id desc",
                Proposal.class)
            .setParameter("declined", ProposalState.DECLINED)
            .setMaxResults(200)
            .getResultList();
    Map<Long, Outcome> outcomes = outcomes(list);
    return list.stream().map(p -> data(p, outcomes)).toList();
  }

  /** The planner's list: every proposal, open ones first, most votes first. */
  @RolesAllowed({Role.PLANNER_NAME, Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
  public List<ProposalData> list() {
    List<Proposal> list =
        em.createQuery(
                "select p from Proposal p order by p.state, p.votes desc, p.id desc",
                Proposal.class)
            .setMaxResults(500)
            .getResultList();
    Map<Long, Outcome> outcomes = outcomes(list);
    return list.stream().map(p -> data(p, outcomes)).toList();
  }

  /**
   * Chosen proposals become a special campaign of the plan (reason: public participation), with the
   * batches of each in its unit and category; the plan's campaign rules apply (an approved or draft
   * plan of the planner's region, units of the plan, the campaign within the plan's year).
   */
  @RolesAllowed(Role.PLANNER_NAME)
  public List<ProposalData> accept(CampaignRequest request) {
    Violations v = Violations.of(validator, request);
    List<Proposal> chosen = new ArrayList<>();
    Map<String, Integer> batches = new LinkedHashMap<>();
    Set<Long> seen = new HashSet<>();
    List<CampaignRequest.Item> items = request.items() == null ? List.of() : request.items();
    for (int i = 0; i < items.size(); i++) {
      CampaignRequest.Item item = items.get(i);
      String f = "items[" + i + "]";
      Proposal p = item.proposalId() == null ? null : em.find(Proposal.class, item.proposalId());
      if (p == null) {
        v.add(f + ".proposalId", "lims.field.unknownReference", item.proposalId());
      } else if (!p.getState().isReviewable() || !seen.add(p.getId())) {
        v.add(f + ".proposalId", "lims.proposal.reviewed");
      } else {
        chosen.add(p);
      }
      v.addIf(item.regionId() == null, f + ".regionId", "lims.field.required");
      v.addIf(item.categoryId() == null, f + ".categoryId", "lims.field.required");
      v.addIf(item.batches() == null || item.batches() <= 0, f + ".batches", "lims.field.positive");
      if (item.regionId() != null && item.categoryId() != null && item.batches() != null) {
        batches.merge(item.regionId() + "/" + item.categoryId(), item.batches(), Integer::sum);
      }
    }
    v.throwIfAny();
    List<CampaignData.Batches> campaignBatches = new ArrayList<>();
    batches.forEach(
        (key, n) -> {
          String[] parts = key.split("/");
          campaignBatches.add(
              new CampaignData.Batches(
                  Long.valueOf(parts[0]), null, Long.valueOf(parts[1]), null, n));
        });
    CampaignData campaign =
        campaigns.addCampaign(
            request.planId(),
            new CampaignData(
                null,
                request.name().strip(),
                CampaignReason.PUBLIC_PARTICIPATION,
                "你点我检：" + String.join("；", chosen.stream().map(Proposal::getSubject).toList()),
                request.startDate(),
                request.endDate(),
                null,
                null,
                campaignBatches,
                null,
                null,
                null,
                null));
    Campaign c = em.find(Campaign.class, campaign.id());
    String me = users.current().getUsername();
    Instant now = clock.instant();
    for (int i = 0; i < items.size(); i++) {
      CampaignRequest.Item item = items.get(i);
      Proposal p = em.find(Proposal.class, item.proposalId());
      p.accept(
          c,
          em.find(Region.class, item.regionId()),
          em.find(FoodCategory.class, item.categoryId()),
          me,
          now);
      audit.action(
          cn.foodsafety.lims.audit.entity.AuditAction.STATE_CHANGE,
          ENTITY,
          p.getId(),
          "state",
          ProposalState.OPEN.name(),
          ProposalState.ACCEPTED.name(),
          "campaign " + c.getId());
    }
    em.flush();
    Map<Long, Outcome> outcomes = outcomes(chosen);
    return chosen.stream().map(p -> data(p, outcomes)).toList();
  }

  @RolesAllowed(Role.PLANNER_NAME)
  public ProposalData decline(long id, String note) {
    if (note == null || note.isBlank()) {
      throw InvalidInputException.of("note", "lims.field.required");
    }
    if (note.length() > 500) {
      throw InvalidInputException.of("note", "lims.field.tooLong");
    }
    Proposal p = find(id);
    p.decline(note.strip(), users.current().getUsername(), clock.instant());
    em.flush();
    audit.action(
        cn.foodsafety.lims.audit.entity.AuditAction.STATE_CHANGE,
        ENTITY,
        id,
        "state",
        ProposalState.OPEN.name(),
        ProposalState.DECLINED.name(),
        note.strip());
    return data(p, Map.of());
  }

  @PermitAll
  public ProposalFigures figures() {
    List<Proposal> all = em.createQuery("select p from Proposal p", Proposal.class).getResultList();
    Map<Long, Outcome> outcomes = outcomes(all);
    long votes = all.stream().mapToLong(Proposal::getVotes).sum();
    long accepted = all.stream().filter(p -> p.getState() == ProposalState.ACCEPTED).count();
    long declined = all.stream().filter(p -> p.getState() == ProposalState.DECLINED).count();
    long sampled = outcomes.values().stream().filter(o -> o.samples > 0).count();
    long samples = outcomes.values().stream().mapToLong(o -> o.samples).sum();
    long results = outcomes.values().stream().mapToLong(o -> o.results.size()).sum();
    return new ProposalFigures(all.size(), votes, accepted, declined, sampled, samples, results);
  }

  // ---------------------------------------------------------------- helpers

  private void answered(String token, String answer, Instant now) {
    Challenge c = token == null ? null : em.find(Challenge.class, token.strip());
    if (c == null || !c.accepts(answer, now)) {
      if (c != null) {
        em.remove(c);
        em.flush();
      }
      throw InvalidInputException.of("challengeAnswer", "lims.proposal.challenge");
    }
    em.remove(c);
  }

  private Proposal find(long id) {
    Proposal p = em.find(Proposal.class, id);
    if (p == null) {
      throw new NotFoundException(ENTITY, id);
    }
    return p;
  }

  /** What the campaign found for a proposal: samples taken and published results. */
  private static final class Outcome {
    int samples;
    final List<ProposalData.Result> results = new ArrayList<>();
  }

  private Map<Long, Outcome> outcomes(List<Proposal> proposals) {
    List<Long> ids =
        proposals.stream().filter(p -> p.getCampaign() != null).map(Proposal::getId).toList();
    Map<Long, Outcome> out = new HashMap<>();
    if (ids.isEmpty()) {
      return out;
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT p.id, s.id, pub.public_id, s.food_name, a.conclusion"
                    + " FROM proposal p"
                    + " JOIN collection_task t ON t.campaign_id = p.campaign_id"
                    + " AND t.region_id = p.region_id AND t.category_id = p.category_id"
                    + " JOIN sample s ON s.task_id = t.id AND s.state <> 'REJECTED'"
                    + " LEFT JOIN analysis a ON a.sample_id = s.id"
                    + " LEFT JOIN publication pub ON pub.sample_id = s.id"
                    + " AND pub.withdrawn_at IS NULL"
                    + " WHERE p.id IN ("
                    + String.join(",", ids.stream().map(String::valueOf).toList())
                    + ") ORDER BY s.id")
            .getResultList();
    for (Object[] r : rows) {
      Outcome o = out.computeIfAbsent(((Number) r[0]).longValue(), k -> new Outcome());
      o.samples++;
      if (r[2] != null) {
        o.results.add(new ProposalData.Result((String) r[2], (String) r[3], (String) r[4]));
      }
    }
    return out;
  }

  private static ProposalData data(Proposal p, Map<Long, Outcome> outcomes) {
    Outcome o = outcomes.get(p.getId());
    return new ProposalData(
        p.getId(),
        p.getKind(),
        p.getSubject(),
        p.getPlace(),
        p.getReason(),
        p.getState(),
        p.getVotes(),
        p.getCreatedAt().atZone(CHINA).toOffsetDateTime(),
        p.getCampaign() == null ? null : p.getCampaign().getId(),
        p.getCampaign() == null ? null : p.getCampaign().getName(),
        p.getRegion() == null ? null : p.getRegion().getName(),
        p.getCategory() == null ? null : p.getCategory().getName(),
        p.getReviewNote(),
        o == null ? 0 : o.samples,
        o == null ? List.of() : List.copyOf(o.results),
        p.getRegion() == null ? null : p.getRegion().getNameEn(),
        p.getCategory() == null ? null : p.getCategory().getNameEn());
  }
}
