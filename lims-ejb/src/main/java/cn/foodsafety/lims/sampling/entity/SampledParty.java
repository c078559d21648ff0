package cn.foodsafety.lims.sampling.entity;

import cn.foodsafety.lims.kernel.PartyKind;
import cn.foodsafety.lims.platform.control.InvalidInputException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/**
 * The business where the sample was taken (被抽样单位). Every kind but a small farmer (小农户) holds a
 * business licence, and the form must carry its number.
 */
@Embeddable
public class SampledParty {

  @Column(name = "party_name", nullable = false)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(name = "party_kind", nullable = false)
  private PartyKind kind;

  @Column(name = "party_address", nullable = false)
  private String address;

  @Column(name = "party_licence")
  private String licence;

  @Column(name = "party_contact")
  private String contact;

  @Column(name = "party_phone")
  private String phone;

  protected SampledParty() {}

  public SampledParty(
      String name, PartyKind kind, String address, String licence, String contact, String phone) {
    this.name = Objects.requireNonNull(name);
    this.kind = Objects.requireNonNull(kind);
    this.address = Objects.requireNonNull(address);
    if (kind.requiresLicence() && (licence == null || licence.isBlank())) {
      throw InvalidInputException.of("partyLicence", "lims.sample.partyLicence.required", kind);
    }
    this.licence = licence;
    this.contact = contact;
    this.phone = phone;
  }

  public String getName() {
    return name;
  }

  public PartyKind getKind() {
    return kind;
  }

  public String getAddress() {
    return address;
  }

  public String getLicence() {
    return licence;
  }

  public String getContact() {
    return contact;
  }

  public String getPhone() {
    return phone;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SampledParty p
        && Objects.equals(name, p.name)
        && kind == p.kind
        && Objects.equals(address, p.address)
        && Objects.equals(licence, p.licence)
        && Objects.equals(contact, p.contact)
        && Objects.equals(phone, p.phone);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, kind, address, licence);
  }
}
