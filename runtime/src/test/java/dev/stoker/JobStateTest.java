package dev.stoker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class JobStateTest {

  @Test
  void only_failed_and_deleted_jobs_can_be_requeued_by_a_person() {
    assertThat(JobState.FAILED.canChangeTo(JobState.ENQUEUED)).isTrue();
    assertThat(JobState.DELETED.canChangeTo(JobState.ENQUEUED)).isTrue();
    assertThat(JobState.SUCCEEDED.canChangeTo(JobState.ENQUEUED)).isFalse();
  }

  @Test
  void finished_jobs_cannot_be_deleted_again() {
    assertThat(JobState.SUCCEEDED.canChangeTo(JobState.DELETED)).isFalse();
    assertThat(JobState.DELETED.canChangeTo(JobState.DELETED)).isFalse();
    assertThat(JobState.PROCESSING.canChangeTo(JobState.DELETED)).isTrue();
  }

  @Test
  void an_illegal_change_names_both_states() {
    JobId id = new JobId(new UUID(1, 2));

    assertThatThrownBy(() -> JobState.SUCCEEDED.checkChangeTo(JobState.PROCESSING, id))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "Job 00000000-0000-0001-0000-000000000002 cannot change from SUCCEEDED to PROCESSING:"
                + " PROCESSING can only be reached from [ENQUEUED]");
  }

  @Test
  void final_states_are_succeeded_failed_and_deleted() {
    assertThat(JobState.values())
        .filteredOn(JobState::isFinal)
        .containsExactly(JobState.SUCCEEDED, JobState.FAILED, JobState.DELETED);
  }
}
