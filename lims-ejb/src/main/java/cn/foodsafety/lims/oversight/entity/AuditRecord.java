package cn.foodsafety.lims.oversight.entity;

import cn.foodsafety.lims.platform.control.Violations;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A record drawn for an audit and, once reviewed, its score per checklist item. A review scores
 * every item within its range or is refused as a whole (a field error per item).
 */
@Entity(name = "AuditedRecord")
@Table(name = "sampling_audit_record")
public class AuditRecord {

  @Id
  @SequenceGenerator(
      name = "sampling_audit_record_seq",
      sequenceName = "sampling_audit_record_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sampling_audit_record_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "audit_id", updatable = false)
  private Audit audit;

  @Column(name = "sample_id", nullable = false, updatable = false)
  private long sampleId;

  @Column(nullable = false)
  private long stratum;

  @Column(name = "region_id", nullable = false)
  private long regionId;

  @Column(name = "team_id")
  private Long teamId;

  @Column(name = "lab_id")
  private Long labId;

  private String reviewer;

  @Column(name = "reviewed_at")
  private OffsetDateTime reviewedAt;

  @Column(name = "total_score")
  private Integer total;

  @Column(name = "max_score")
  private Integer max;

  private String note;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "sampling_audit_score", joinColumns = @JoinColumn(name = "record_id"))
  @MapKeyColumn(name = "item_code")
  @Column(name = "score")
  private Map<String, Integer> scores = new LinkedHashMap<>();

  @Version private long version;

  protected AuditRecord() {}

  public AuditRecord(
      Audit audit, long sampleId, long stratum, long regionId, Long teamId, Long labId) {
    this.audit = Objects.requireNonNull(audit);
    this.sampleId = sampleId;
    this.stratum = stratum;
    this.regionId = regionId;
    this.teamId = teamId;
    this.labId = labId;
  }

  /**
   * Scores the record against the checklist (item code → highest score): every item must be scored
   * from 0 to its highest score, and nothing else; otherwise field errors {@code scores.<code>}.
   */
  public void review(
      Map<String, Integer> checklist,
      Map<String, Integer> given,
      String note,
      String by,
      Instant at) {
    Violations v = new Violations();
    Map<String, Integer> g = given == null ? Map.of() : given;
    for (Map.Entry<String, Integer> item : checklist.entrySet()) {
      Integer s = g.get(item.getKey());
      v.addIf(s == null, "scores." + item.getKey(), "lims.field.required");
      v.addIf(
          s != null && (s < 0 || s > item.getValue()),
          "scores." + item.getKey(),
          "lims.audit.score.range",
          0,
          item.getValue());
    }
    for (String code : g.keySet()) {
      v.addIf(!checklist.containsKey(code), "scores." + code, "lims.audit.score.unknownItem", code);
    }
    v.throwIfAny();
    scores.clear();
    checklist.keySet().forEach(k -> scores.put(k, g.get(k)));
    total = scores.values().stream().mapToInt(Integer::intValue).sum();
    max = checklist.values().stream().mapToInt(Integer::intValue).sum();
    this.note = note == null || note.isBlank() ? null : note.strip();
    reviewer = Objects.requireNonNull(by);
    reviewedAt = Objects.requireNonNull(at).atOffset(ZoneOffset.UTC);
  }

  public Long getId() {
    return id;
  }

  public Audit getAudit() {
    return audit;
  }

  public long getSampleId() {
    return sampleId;
  }

  public long getStratum() {
    return stratum;
  }

  public long getRegionId() {
    return regionId;
  }

  public Long getTeamId() {
    return teamId;
  }

  public Long getLabId() {
    return labId;
  }

  public String getReviewer() {
    return reviewer;
  }

  public Instant getReviewedAt() {
    return reviewedAt == null ? null : reviewedAt.toInstant();
  }

  public Integer getTotal() {
    return total;
  }

  public Integer getMax() {
    return max;
  }

  public String getNote() {
    return note;
  }

  public Map<String, Integer> getScores() {
    return Map.copyOf(scores);
  }

  public long getVersion() {
    return version;
  }
}
