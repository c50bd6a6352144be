from __future__ import annotations

import pytest

from tests.certify.helpers import COURSES, hr_session
from trainer.certify.keys import IssuerKey
from trainer.certify.service import CertificationService
from trainer.services import Services


@pytest.fixture
def certs(services: Services) -> CertificationService:
    return CertificationService(services.engine, services.journal, services.profile.keys_dir,
                                lambda: COURSES)


@pytest.fixture
def issuer(certs: CertificationService) -> IssuerKey:
    return certs.create_key(hr_session(), "correct horse battery")
