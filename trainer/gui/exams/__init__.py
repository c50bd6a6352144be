"""Theory exam pages: the exam runner, review, the wrong-answer notebook (错题本), the
proctor's sittings page and the paper preview."""
