"""The training HIS sandbox: a Qt-free copy of the hospital's HIS for practice and exams.

Every trainee action is a command (:mod:`trainer.sim.commands`) applied to a
:class:`~trainer.sim.state.Sandbox`; the sandbox state is a pure function of the scenario
seed and the command log (:mod:`trainer.sim.replay`); grading asks outcome questions in the
check language (:mod:`trainer.sim.checks`, :mod:`trainer.sim.grading`).

May import: trainer.errors, trainer.vocabulary, trainer.content, the standard library.
Never Qt, never the wall clock, never unseeded randomness.
"""
