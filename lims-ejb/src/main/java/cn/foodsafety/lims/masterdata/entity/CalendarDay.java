package cn.foodsafety.lims.masterdata.entity;

import cn.foodsafety.lims.audit.entity.Audited;
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
import java.time.LocalDate;
import java.util.Objects;

/**
 * One exception to the plain week in the national calendar of public holidays, published each
 * November for the next year. A date has at most one entry: it is either a holiday or a make-up
 * working day.
 */
@Entity
@Table(name = "calendar_day")
@NamedQuery(name = CalendarDay.FIND_ALL, query = "select d from CalendarDay d order by d.date")
@NamedQuery(
    name = CalendarDay.FIND_BY_DATE,
    query = "select d from CalendarDay d where d.date = :date")
public class CalendarDay implements Audited {

  public static final String FIND_ALL = "CalendarDay.findAll";
  public static final String FIND_BY_DATE = "CalendarDay.findByDate";

  @Id
  @SequenceGenerator(
      name = "calendar_day_seq",
      sequenceName = "calendar_day_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "calendar_day_seq")
  private Long id;

  @Column(name = "calendar_date", nullable = false, unique = true)
  private LocalDate date;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private DayKind kind;

  @Column(nullable = false)
  private String name;

  @Version private long version;

  protected CalendarDay() {}

  public CalendarDay(LocalDate date, DayKind kind, String name) {
    this.date = Objects.requireNonNull(date);
    change(kind, name);
  }

  public void change(DayKind kind, String name) {
    this.kind = Objects.requireNonNull(kind);
    this.name = Objects.requireNonNull(name);
  }

  public Long getId() {
    return id;
  }

  public LocalDate getDate() {
    return date;
  }

  public DayKind getKind() {
    return kind;
  }

  public String getName() {
    return name;
  }

  public long getVersion() {
    return version;
  }

  @Override
  public String auditLabel() {
    return String.valueOf(date);
  }
}
