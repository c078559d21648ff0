package cn.foodsafety.lims.security.boundary;

import cn.foodsafety.lims.platform.entity.Role;
import cn.foodsafety.lims.security.entity.User;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A user as the API and pages show and submit it. {@code password} is only read on create (and
 * never written out); an update must carry the {@code version}. The organization's names are read
 * only.
 */
public record UserData(
    Long id,
    @NotBlank(message = "{lims.field.required}")
        @Size(max = 50, message = "{lims.field.tooLong}")
        @Pattern(regexp = "[A-Za-z0-9._-]*", message = "{lims.user.username.pattern}")
        String username,
    @NotBlank(message = "{lims.field.required}") @Size(max = 100, message = "{lims.field.tooLong}")
        String displayName,
    @JsonbProperty(nillable = false) String password,
    @NotNull(message = "{lims.field.required}") Long organizationId,
    String organizationName,
    Set<Role> roles,
    String locale,
    Boolean active,
    Long version,
    @Schema(description = "Until when the account is locked after failed sign-ins (read only).")
        Instant lockedUntil,
    @Schema(description = "The organization's English name, where it has one (read only).")
        String organizationNameEn) {

  public static UserData of(User u) {
    return of(u, null);
  }

  public static UserData of(User u, Instant lockedUntil) {
    return new UserData(
        u.getId(),
        u.getUsername(),
        u.getDisplayName(),
        null,
        u.getOrganization().getId(),
        u.getOrganization().getName(),
        new TreeSet<>(u.getRoles()),
        u.getLocale(),
        u.isActive(),
        u.getVersion(),
        lockedUntil,
        u.getOrganization().getNameEn());
  }
}
