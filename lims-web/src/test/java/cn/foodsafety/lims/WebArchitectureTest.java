package cn.foodsafety.lims;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaConstructor;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import jakarta.inject.Named;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.ws.rs.Path;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The arrows of the web module (STYLE.md, habit 4), checked on every build beside lims-ejb's
 * ArchitectureTest: JAX-RS resources and Faces beans parse, call one boundary method and shape the
 * answer. So they call no control of a component (the rules and algorithms run behind a boundary,
 * in its transaction), touch no database, open no transaction, change no entity, and a component's
 * web classes do not reach into another component's web classes (what two components' pages share
 * is platform's).
 *
 * <p>What a boundary returns may be read: the read records that live in a control package (a
 * report, a reconciliation result) are data to the web, so their accessors are calls the rules
 * allow, and so are the constants of a control's enum; their computing methods are not.
 */
@AnalyzeClasses(
    packages = "cn.foodsafety.lims",
    importOptions = ImportOption.DoNotIncludeTests.class)
class WebArchitectureTest {

  /** The web module's packages: one rest and one web package per component (and platform). */
  static final String[] WEB = {"cn.foodsafety.lims.*.rest..", "cn.foodsafety.lims.*.web.."};

  /** Questions a page may ask an entity a boundary handed out: reading, never changing. */
  static final Pattern QUESTION =
      Pattern.compile(
          "(get|is|has|can|to)[A-Z].*|toString|equals|hashCode|compareTo|name|ordinal|values");

  static final Set<String> ENUM_CONSTANTS = Set.of("values", "valueOf", "name", "ordinal");

  @ArchTest
  static final ArchRule webCallsNoControlOfAComponent =
      noClasses()
          .that()
          .resideInAnyPackage(WEB)
          .should()
          .callCodeUnitWhere(
              new DescribedPredicate<JavaCall<?>>(
                  "a method or constructor of a component's control other than reading a record"
                      + " or an enum constant it returns") {
                @Override
                public boolean test(JavaCall<?> call) {
                  JavaClass owner = call.getTargetOwner();
                  return owner.getPackageName().matches("cn\\.foodsafety\\.lims\\.\\w+\\.control.*")
                      && !owner.getPackageName().startsWith("cn.foodsafety.lims.platform.")
                      && !readsData(owner, call.getTarget().getName(), call);
                }
              })
          .because(
              "the rules and algorithms of a component run behind its boundary, in the use case's"
                  + " transaction; the web parses, calls the boundary and shapes the answer");

  @ArchTest
  static final ArchRule webTouchesNoDatabase =
      noClasses()
          .that()
          .resideInAnyPackage(WEB)
          .should()
          .dependOnClassesThat(
              resideInAnyPackage("jakarta.persistence..", "java.sql..", "javax.sql..")
                  .and(not(assignableTo(Throwable.class))))
          .because(
              "tables are read and written by their component behind its boundary; the web only"
                  + " maps the database's refusals (exceptions) to problem details");

  @ArchTest
  static final ArchRule resourcesAndBeansOpenNoTransaction =
      noClasses()
          .that()
          .areAnnotatedWith(Path.class)
          .or()
          .areAnnotatedWith(Named.class)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("jakarta.transaction..")
          .because("one boundary method is one use case and one transaction");

  @ArchTest
  static final ArchRule webChangesNoEntity =
      noClasses()
          .that()
          .resideInAnyPackage(WEB)
          .should()
          .callCodeUnitWhere(
              new DescribedPredicate<JavaCall<?>>(
                  "a constructor or a state-changing method of an entity or embedded value") {
                @Override
                public boolean test(JavaCall<?> call) {
                  JavaClass owner = call.getTargetOwner();
                  if (!owner.isAnnotatedWith(Entity.class)
                      && !owner.isAnnotatedWith(Embeddable.class)) {
                    return false;
                  }
                  JavaCodeUnit target = call.getTarget().resolveMember().orElse(null);
                  String name = call.getTarget().getName();
                  if (name.equals(JavaConstructor.CONSTRUCTOR_NAME)) {
                    return true;
                  }
                  if (target == null || !target.isMethod()) {
                    return false;
                  }
                  if (target.getModifiers().contains(JavaModifier.STATIC)) {
                    // a static method changes no entity; one that makes an entity is a factory
                    return target.getRawReturnType().equals(owner);
                  }
                  return !QUESTION.matcher(name).matches();
                }
              })
          .because(
              "an entity changes state through its intent-named methods inside a use case, and is"
                  + " created valid by its boundary; pages and resources only read it");

  /**
   * No cycles between components, counted over both modules: a component's web classes may use
   * another component's web classes only where its component may depend on the other anyway (the
   * oversight figures on the statistics dashboard read the dashboard's request, oversight being
   * built on statistics); what all components' pages share is platform's.
   */
  @ArchTest
  static final ArchRule componentsAreFreeOfCyclesAcrossModules =
      SlicesRuleDefinition.slices().matching("cn.foodsafety.lims.(*)..").should().beFreeOfCycles();

  /**
   * The API and the pages are two faces of the same boundaries, side by side: a resource uses no
   * Faces bean and a Faces bean no resource (request helpers such as the client's address are
   * neither, and serve both).
   */
  @ArchTest
  static final ArchRule resourcesUseNoFacesBean =
      noClasses()
          .that()
          .areAnnotatedWith(Path.class)
          .should()
          .dependOnClassesThat()
          .areAnnotatedWith(Named.class)
          .because("a resource answers from the boundaries, not from a page's state");

  @ArchTest
  static final ArchRule facesBeansUseNoResource =
      noClasses()
          .that()
          .areAnnotatedWith(Named.class)
          .should()
          .dependOnClassesThat()
          .areAnnotatedWith(Path.class)
          .because("a page calls the boundaries itself, not the API's resources");

  private static boolean readsData(JavaClass owner, String method, JavaCall<?> call) {
    Class<?> type;
    try {
      type = owner.reflect();
    } catch (RuntimeException | LinkageError e) {
      return false;
    }
    if (type.isEnum()) {
      return ENUM_CONSTANTS.contains(method);
    }
    // a read record's accessors and its questions without arguments ({@code result.clean()})
    return type.isRecord()
        && call.getTarget().getRawParameterTypes().isEmpty()
        && !call.getTarget().getName().equals(JavaConstructor.CONSTRUCTOR_NAME);
  }
}
