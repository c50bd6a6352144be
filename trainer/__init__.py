"""HIS Trainer: learn and get certified on the hospital information system.

The Qt-free core lives in every subpackage except ``trainer.gui``.
"""

__version__ = "0.1.0"
