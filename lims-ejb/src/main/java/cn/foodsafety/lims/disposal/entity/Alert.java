package cn.foodsafety.lims.disposal.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What the deadline sweep found about one subject (a case or a lab report): active until a later
 * sweep finds the reason gone. The organization is the one that must act (the responsible
 * regulator, the laboratory); the region lets supervisors above it see it.
 */
@Entity
@Table(name = "alert")
@NamedQuery(name = Alert.ACTIVE, query = "select a from Alert a where a.clearedOn is null")
public class Alert {

  public static final String ACTIVE = "Alert.active";

  @Id
  @SequenceGenerator(name = "alert_seq", sequenceName = "alert_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "alert_seq")
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private AlertKind kind;

  @Column(name = "subject_id", nullable = false, updatable = false)
  private Long subjectId;

  @Column(name = "org_id", nullable = false, updatable = false)
  private Long orgId;

  @Column(name = "region_id", nullable = false, updatable = false)
  private Long regionId;

  @Column(name = "due_on", nullable = false, updatable = false)
  private LocalDate dueOn;

  @Column(name = "raised_on", nullable = false, updatable = false)
  private LocalDate raisedOn;

  @Column(name = "cleared_on")
  private LocalDate clearedOn;

  protected Alert() {}

  public Alert(
      AlertKind kind, long subjectId, long orgId, long regionId, LocalDate dueOn, LocalDate on) {
    this.kind = Objects.requireNonNull(kind);
    this.subjectId = subjectId;
    this.orgId = orgId;
    this.regionId = regionId;
    this.dueOn = Objects.requireNonNull(dueOn);
    this.raisedOn = Objects.requireNonNull(on);
  }

  public void clear(LocalDate on) {
    this.clearedOn = Objects.requireNonNull(on);
  }

  /** Whether this alert says the same as a new finding would (then the sweep keeps it). */
  public boolean same(AlertKind kind, LocalDate dueOn) {
    return this.kind == kind && this.dueOn.equals(dueOn);
  }

  public Long getId() {
    return id;
  }

  public AlertKind getKind() {
    return kind;
  }

  public Long getSubjectId() {
    return subjectId;
  }

  public Long getOrgId() {
    return orgId;
  }

  public Long getRegionId() {
    return regionId;
  }

  public LocalDate getDueOn() {
    return dueOn;
  }

  public LocalDate getRaisedOn() {
    return raisedOn;
  }

  public LocalDate getClearedOn() {
    return clearedOn;
  }
}
