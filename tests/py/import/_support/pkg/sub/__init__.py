from .. import helper as parent_helper
from ..helper import double
from .leaf import LEAF
