package cn.foodsafety.lims.statistics.entity;

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
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A workbook export running in the background for one user: its request, progress, and the file
 * once it is complete (a failed export keeps no file, only its message).
 */
@Entity
@Table(name = "export_job")
@NamedQuery(
    name = ExportJob.OF_OWNER,
    query =
        "select j.id, j.kind, j.requestKey, j.state, j.progress, j.message, j.fileName,"
            + " j.createdAt, j.finishedAt from ExportJob j where j.owner = :owner"
            + " order by j.createdAt desc")
@NamedQuery(
    name = ExportJob.ACTIVE_OF_OWNER,
    query =
        "select j from ExportJob j where j.owner = :owner and j.state in"
            + " (cn.foodsafety.lims.statistics.entity.ExportState.QUEUED,"
            + " cn.foodsafety.lims.statistics.entity.ExportState.RUNNING)")
public class ExportJob {

  public static final String OF_OWNER = "ExportJob.ofOwner";
  public static final String ACTIVE_OF_OWNER = "ExportJob.activeOfOwner";

  @Id
  @SequenceGenerator(name = "export_job_seq", sequenceName = "export_job_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "export_job_seq")
  private Long id;

  @Column(nullable = false, updatable = false)
  private String owner;

  @Column(nullable = false, updatable = false)
  private String kind;

  @Column(name = "request_key", nullable = false, updatable = false)
  private String requestKey;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ExportState state = ExportState.QUEUED;

  @Column(nullable = false)
  private int progress;

  private String message;

  @Column(name = "file_name")
  private String fileName;

  /** Read only by {@code Exports.file}; lists select the other columns (see OF_OWNER). */
  private byte[] content;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "finished_at")
  private OffsetDateTime finishedAt;

  /** The application server that builds the file (a deployment group has several). */
  @Column(updatable = false)
  private String runner;

  /**
   * When the builder last said it is still at work: written at creation and then only by the
   * running server's heartbeat ({@code ExportHeartbeat}, a plain UPDATE), never by JPA.
   */
  @Column(name = "heartbeat_at", updatable = false)
  private OffsetDateTime heartbeatAt;

  @Version private long version;

  protected ExportJob() {}

  public ExportJob(String owner, String kind, String requestKey, String runner, Instant at) {
    this.owner = Objects.requireNonNull(owner);
    this.kind = Objects.requireNonNull(kind);
    this.requestKey = Objects.requireNonNull(requestKey);
    this.runner = Objects.requireNonNull(runner);
    this.createdAt = OffsetDateTime.ofInstant(Objects.requireNonNull(at), ZoneOffset.UTC);
    this.heartbeatAt = createdAt;
  }

  /**
   * True when the job is still active but its server stopped saying so: silent for longer than
   * {@code silence}, or (a job from before heartbeats) older than {@code age}.
   */
  public boolean abandoned(Instant now, Duration silence, Duration age) {
    if (!state.isActive()) {
      return false;
    }
    Instant last =
        heartbeatAt == null
            ? createdAt.toInstant().plus(age)
            : heartbeatAt.toInstant().plus(silence);
    return last.isBefore(now);
  }

  public String getRunner() {
    return runner;
  }

  public void progress(int percent) {
    this.state = ExportState.RUNNING;
    this.progress = Math.max(progress, Math.min(99, percent));
  }

  public void done(String fileName, byte[] content, Instant at) {
    this.state = ExportState.DONE;
    this.progress = 100;
    this.fileName = Objects.requireNonNull(fileName);
    this.content = Objects.requireNonNull(content);
    this.finishedAt = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
  }

  public void fail(String message, Instant at) {
    this.state = ExportState.FAILED;
    this.message = message;
    this.content = null;
    this.finishedAt = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
  }

  public Long getId() {
    return id;
  }

  public String getOwner() {
    return owner;
  }

  public String getKind() {
    return kind;
  }

  public String getRequestKey() {
    return requestKey;
  }

  public ExportState getState() {
    return state;
  }

  public int getProgress() {
    return progress;
  }

  public String getMessage() {
    return message;
  }

  public String getFileName() {
    return fileName;
  }

  public byte[] getContent() {
    return content;
  }

  public Instant getCreatedAt() {
    return createdAt.toInstant();
  }

  public Instant getFinishedAt() {
    return finishedAt == null ? null : finishedAt.toInstant();
  }
}
