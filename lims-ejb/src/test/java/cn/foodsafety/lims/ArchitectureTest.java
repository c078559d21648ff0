package cn.foodsafety.lims;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The arrows of the layout (STYLE.md), checked on every build. Inside a component the arrows run
 * boundary -> control -> entity; platform is the bottom layer that every component may use and that
 * uses none; master data and security do not know each other.
 *
 * <p>Components do not form cycles; the events and the shared enums are in the kernel, which knows
 * no component.
 */
@AnalyzeClasses(
    packages = "cn.foodsafety.lims",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  /** The business components; platform and the shared kernel are not among them. */
  static final String[] COMPONENTS = {
    "cn.foodsafety.lims.audit..",
    "cn.foodsafety.lims.disclosure..",
    "cn.foodsafety.lims.disposal..",
    "cn.foodsafety.lims.masterdata..",
    "cn.foodsafety.lims.oversight..",
    "cn.foodsafety.lims.planning..",
    "cn.foodsafety.lims.proposal..",
    "cn.foodsafety.lims.rapidtest..",
    "cn.foodsafety.lims.results..",
    "cn.foodsafety.lims.sampling..",
    "cn.foodsafety.lims.security..",
    "cn.foodsafety.lims.statistics.."
  };

  @ArchTest
  static final ArchRule entitiesUseNoBoundary =
      noClasses()
          .that()
          .resideInAPackage("cn.foodsafety.lims.*.entity..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("cn.foodsafety.lims.*.boundary..")
          .because("an entity is used by use cases, it does not run them");

  @ArchTest
  static final ArchRule entitiesUseNoControlButPlatforms =
      noClasses()
          .that()
          .resideInAPackage("cn.foodsafety.lims.*.entity..")
          .should()
          .dependOnClassesThat(
              resideInAPackage("cn.foodsafety.lims.*.control..")
                  .and(not(resideInAPackage("cn.foodsafety.lims.platform.control.."))))
          .because(
              "entities hold state and guard it; below them are only platform's rule exceptions"
                  + " and civil time");

  @ArchTest
  static final ArchRule controlsUseNoBoundary =
      noClasses()
          .that()
          .resideInAPackage("cn.foodsafety.lims.*.control..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("cn.foodsafety.lims.*.boundary..")
          .because("controls are plain rules and algorithms that boundaries call");

  @ArchTest
  static final ArchRule platformIsTheBottomLayer =
      noClasses()
          .that()
          .resideInAPackage("cn.foodsafety.lims.platform..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(COMPONENTS)
          .because("platform serves every component and so can know none of them");

  /**
   * The shared kernel (the domain events and the enums more than one component speaks) is below
   * every component: it uses the JDK and the Jakarta APIs and nothing of the application.
   */
  @ArchTest
  static final ArchRule kernelKnowsNoComponent =
      classes()
          .that()
          .resideInAPackage("cn.foodsafety.lims.kernel..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage("cn.foodsafety.lims.kernel..", "java..", "jakarta..")
          .because("every component may use the kernel, so it can know none of them");

  /**
   * No cycles between components (platform and the kernel are slices too, at the bottom): where one
   * component changes another's state it publishes an event of the kernel that the other observes;
   * a component that needs another's rule for its own data asks through an interface it owns (the
   * settings of the kinds of sampling: {@code masterdata.boundary.SettingRule}).
   */
  @ArchTest
  static final ArchRule componentsAreFreeOfCycles =
      slices().matching("cn.foodsafety.lims.(*)..").should().beFreeOfCycles();

  /**
   * Users belong to organizations, so security knows master data; master data does not know
   * security (no cycle): the roles are platform's, and who refers to an organization is asked
   * through {@code OrganizationReferences}.
   */
  @ArchTest
  static final ArchRule masterDataDoesNotKnowSecurity =
      noClasses()
          .that()
          .resideInAPackage("cn.foodsafety.lims.masterdata..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("cn.foodsafety.lims.security..");
}
