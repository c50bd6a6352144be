"""The trainers' review of practical exams: queue, replay, rubric and sign-off (issue 14)."""
