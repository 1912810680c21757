package com.disputedesk.worklist;

import com.disputedesk.security.BackOfficeUsers;
import com.disputedesk.security.Roles;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The team leads' view of the queues: per queue and per person, open, claimed and overdue items. Everyone who works a
 * queue is listed, also with nothing in hand: a lead looks here for who is free.
 */
@Service
@Transactional(readOnly = true)
public class Workload {
  /** The queues people work, in the order leads read them. */
  public static final List<String> QUEUES = List.of("mediators", "appeal-commission", "quality-reviewers",
      "complaint-reviewers");
  private final WorklistRepository rows;
  private final BackOfficeUsers staff;
  private final Clock clock;

  Workload(WorklistRepository rows, BackOfficeUsers staff, Clock clock) {
    this.rows = rows;
    this.staff = staff;
    this.clock = clock;
  }

  public List<QueueLoad> queues() {
    var loads = rows.queueLoads(clock.instant()).stream()
        .collect(Collectors.toMap(QueueLoad::candidateGroup, l -> l));
    return QUEUES.stream().map(q -> loads.getOrDefault(q, new QueueLoad(q, 0, 0, 0, 0))).toList();
  }

  /** Everyone holding work or able to take it, most overdue first, then most held. */
  public List<PersonLoad> people() {
    List<PersonLoad> held = new ArrayList<>(rows.personLoads(clock.instant()));
    Set<String> seen = held.stream().map(p -> p.username() + "/" + p.candidateGroup()).collect(Collectors.toSet());
    for (String queue : QUEUES) {
      for (String user : workersOf(queue)) {
        if (!seen.contains(user + "/" + queue)) {
          held.add(new PersonLoad(user, queue, 0, 0, null));
        }
      }
    }
    held.sort(Comparator.comparingInt(PersonLoad::overdue).reversed()
        .thenComparing(Comparator.comparingInt(PersonLoad::held).reversed())
        .thenComparing(PersonLoad::username).thenComparing(PersonLoad::candidateGroup));
    return held;
  }

  /** The people who may hold an item of this queue: the holders of the role that works it. */
  public List<String> workersOf(String candidateGroup) {
    return Roles.working(candidateGroup).map(staff::usernamesWith).orElse(List.of());
  }
}
