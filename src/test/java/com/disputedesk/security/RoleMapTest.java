package com.disputedesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The one map of roles agrees with the models: every candidate group in bpmn/ is worked by exactly one role. */
class RoleMapTest {
  @Test
  void everyCandidateGroupOfTheModelsHasItsRoleAndItsCamundaGroup() throws Exception {
    Set<String> groups = new TreeSet<>();
    Pattern candidate = Pattern.compile("candidateGroups=\"([^\"]+)\"");
    try (Stream<Path> models = Files.list(Path.of("bpmn"))) {
      for (Path model : models.filter(p -> p.toString().endsWith(".bpmn")).toList()) {
        var m = candidate.matcher(Files.readString(model));
        while (m.find()) {
          groups.add(m.group(1));
        }
      }
    }
    assertThat(groups).containsExactlyInAnyOrder("mediators", "appeal-commission", "quality-reviewers",
        "complaint-reviewers");
    for (String group : groups) {
      String role = Roles.working(group).orElseThrow(() -> new AssertionError("no role works " + group));
      assertThat(Roles.candidateGroup(role)).hasValue(group);
      assertThat(Roles.camundaGroup(role)).as("Tasklist shows the group's tasks to its members").hasValue(group);
    }
    assertThat(Roles.camundaGroup(Roles.ADMIN)).hasValue("camunda-admin");
    Roles.API_CLIENTS.forEach(client -> assertThat(Roles.camundaGroup(client)).isEmpty());
  }
}
