package cn.foodsafety.lims.platform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A POST request made with an {@code Idempotency-Key}: its hash (method, path, body) and, once
 * answered, the answer to give again when the same caller repeats the key.
 */
@Entity
@Table(name = "idempotent_request")
public class IdempotentRequest {

  /** The caller and the key: keys are the caller's own. */
  @Embeddable
  public static class Id implements Serializable {
    private static final long serialVersionUID = 1L;

    @Column(name = "caller")
    private String caller;

    @Column(name = "idem_key")
    private String key;

    protected Id() {}

    public Id(String caller, String key) {
      this.caller = Objects.requireNonNull(caller);
      this.key = Objects.requireNonNull(key);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Id other && caller.equals(other.caller) && key.equals(other.key);
    }

    @Override
    public int hashCode() {
      return Objects.hash(caller, key);
    }
  }

  @EmbeddedId private Id id;

  @Column(name = "request_hash", nullable = false)
  private String requestHash;

  private Integer status;

  @Column(name = "content_type")
  private String contentType;

  private String location;

  private byte[] body;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  protected IdempotentRequest() {}

  public IdempotentRequest(Id id, String requestHash, Instant createdAt) {
    this.id = Objects.requireNonNull(id);
    this.requestHash = Objects.requireNonNull(requestHash);
    this.createdAt = OffsetDateTime.ofInstant(createdAt, ZoneOffset.UTC);
  }

  public void answer(int status, String contentType, String location, byte[] body) {
    this.status = status;
    this.contentType = contentType;
    this.location = location;
    this.body = body;
  }

  public String getRequestHash() {
    return requestHash;
  }

  public Integer getStatus() {
    return status;
  }

  public String getContentType() {
    return contentType;
  }

  public String getLocation() {
    return location;
  }

  public byte[] getBody() {
    return body;
  }
}
