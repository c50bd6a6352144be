"""Practical exams: a scenario attempt under a proctor, marked and signed off by a trainer.

- ``definitions``: one YAML per HIS module in ``simulators/practicals/`` (scenarios drawn
  from, pass mark, time limit, rubric, rubric weight, double-marking tolerance).
- ``service.PracticalService``: ``start`` (needs an unused ``exam.unlocked`` unlock for the
  module at this PC; draws a scenario; journals ``exam.attended`` + ``practical.started``
  with the pinned scenario version and file hash) → the station runs the attempt as
  ``trainer.sim.recording.RecordedAttempt(loaded, writer, staff_id, "exam", attempt_id)``
  so its ``sim.command`` events carry the practical attempt id → ``finish`` replays those
  commands and journals the provisional ``practical.finished`` → ``mark`` (first/second,
  blind), ``adjudicate`` (a third trainer, on disagreement) → ``sign_off``
  (``practical.signed_off``, read by ``trainer.certify``; a fail also journals
  ``exam.retraining_assigned``) → ``feedback`` for the trainee.
- ``attempts``: the projection (status, decision); ``marking``: scores, override rule,
  agreement statistics; ``replay``: state after step k and the timeline; ``views``: plain
  rows of a step's state for the read-only replay view.
"""
