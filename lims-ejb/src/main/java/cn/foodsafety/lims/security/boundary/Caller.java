package cn.foodsafety.lims.security.boundary;

import cn.foodsafety.lims.platform.entity.Role;
import java.util.Set;
import java.util.stream.Collectors;

/** Who signed in: the name and the roles the container is told about. */
public record Caller(String username, Set<Role> roles) {

  public Set<String> groups() {
    return roles.stream().map(Role::name).collect(Collectors.toSet());
  }
}
