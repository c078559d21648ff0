package cn.foodsafety.lims.masterdata.entity;

import cn.foodsafety.lims.audit.entity.Audited;
import cn.foodsafety.lims.platform.control.InvalidInputException;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;

/**
 * A province, city or county-level unit with its residents. The figure is an input that planners
 * update each year, so it always travels with its basis (census, estimate) and year.
 */
// Reference data: read by nearly every use case, changed a few times a year and only through JPA,
// so kept in the shared cache (which a change through JPA updates on commit).
@Cacheable
@Entity
@Table(name = "region")
@NamedQuery(name = Region.FIND_BY_CODE, query = "select r from Region r where r.code = :code")
@NamedQuery(
    name = Region.COUNT_CHILDREN,
    query = "select count(r) from Region r where r.parent = :parent")
public class Region implements Audited {

  public static final String FIND_BY_CODE = "Region.findByCode";
  public static final String COUNT_CHILDREN = "Region.countChildren";

  @Id
  @SequenceGenerator(name = "region_seq", sequenceName = "region_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "region_seq")
  private Long id;

  @Column(nullable = false, unique = true)
  private String code;

  @Column(nullable = false)
  private String name;

  @Column(name = "name_en")
  private String nameEn;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private RegionKind kind;

  @Enumerated(EnumType.STRING)
  @Column(name = "unit_type")
  private UnitType unitType;

  @ManyToOne(fetch = FetchType.LAZY)
  private Region parent;

  @Column(nullable = false)
  private long residents;

  @Column(name = "residents_basis", nullable = false)
  private String residentsBasis;

  @Column(name = "residents_year", nullable = false)
  private int residentsYear;

  private boolean active = true;

  @Version private long version;

  protected Region() {}

  public Region(String code, String name, RegionKind kind, Region parent) {
    this.code = Objects.requireNonNull(code);
    this.name = Objects.requireNonNull(name);
    this.kind = Objects.requireNonNull(kind);
    this.parent = parent;
  }

  public void describe(String code, String name, String nameEn, UnitType unitType) {
    this.code = Objects.requireNonNull(code);
    this.name = Objects.requireNonNull(name);
    this.nameEn = nameEn;
    this.unitType = kind == RegionKind.COUNTY ? unitType : null;
  }

  /**
   * Records a new residents figure; it must be positive (a unit without residents has no quota
   * basis).
   */
  public void recordResidents(long residents, String basis, int year) {
    if (residents <= 0) {
      throw InvalidInputException.of("residents", "lims.region.residents.positive");
    }
    this.residents = residents;
    this.residentsBasis = Objects.requireNonNull(basis);
    this.residentsYear = year;
  }

  public void moveUnder(Region newParent) {
    this.parent = newParent;
  }

  /** True when this region is the given one or lies somewhere below it. */
  public boolean isWithin(Region other) {
    for (Region r = this; r != null; r = r.parent) {
      if (r.id != null && r.id.equals(other.id)) {
        return true;
      }
    }
    return false;
  }

  public void deactivate() {
    active = false;
  }

  public void activate() {
    active = true;
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public String getNameEn() {
    return nameEn;
  }

  public RegionKind getKind() {
    return kind;
  }

  public UnitType getUnitType() {
    return unitType;
  }

  public Region getParent() {
    return parent;
  }

  public long getResidents() {
    return residents;
  }

  public String getResidentsBasis() {
    return residentsBasis;
  }

  public int getResidentsYear() {
    return residentsYear;
  }

  public boolean isActive() {
    return active;
  }

  public long getVersion() {
    return version;
  }

  @Override
  public String auditLabel() {
    return code;
  }
}
