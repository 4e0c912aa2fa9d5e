package dev.stoker.storage.jooq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stoker.JobId;
import dev.stoker.JobState;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class StateChangeTest {

  @Test
  void a_change_the_state_machine_does_not_allow_cannot_be_made_and_names_both_states() {
    assertThatThrownBy(() -> new StateChange(JobState.SUCCEEDED, JobState.PROCESSING))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "A job cannot change from SUCCEEDED to PROCESSING: PROCESSING can only be reached"
                + " from [ENQUEUED]");
    JobId job = new JobId(UUID.fromString("01a20000-0000-7000-8000-000000000001"));
    assertThatThrownBy(() -> StateChange.of(job, JobState.AWAITING, JobState.FAILED))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("Job " + job + " cannot change from AWAITING to FAILED");
  }

  @Test
  void the_changes_storage_makes_are_all_allowed() {
    assertThat(
            java.util.List.of(
                StateChange.CLAIM, StateChange.SUCCESS, StateChange.HAND_BACK, StateChange.DUE))
        .allSatisfy(change -> assertThat(change.from().canChangeTo(change.to())).isTrue());
  }
}
