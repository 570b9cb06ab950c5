"""The built-in extraction rules, one construction a module, registered in the order they are tried.

A verb reports one construction: a fixed phrase ('took aim at') before a phrasal verb ('called on'),
before a support verb with its noun ('held talks'), before the verb alone ('urged'). Facts of one token
come in this order too, so a statement two rules read keeps the fact of the surer rule, and of the
earlier one on a tie.
"""

from kgraph.extract.registry import register
from kgraph.extract.rules import (
    agent_noun,
    characterisation,
    credit,
    defiance,
    harm,
    idiom,
    joint,
    light_verb,
    nominalisation,
    obligation,
    phrasal_verb,
    protest_aim,
    stance,
    verb,
    visiting,
)

RULES_IN_ORDER = (
    idiom,
    phrasal_verb,
    light_verb,
    verb,
    obligation,
    characterisation,
    harm,
    joint,
    stance,
    defiance,
    credit,
    agent_noun,
    visiting,
    protest_aim,
    nominalisation,
)
for _module in RULES_IN_ORDER:
    register(_module.RULE)
