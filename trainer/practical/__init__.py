"""Practical exams: a scenario attempt under a proctor, marked and signed off by a trainer."""
