"""`reportgen rules`: the proofreader's rules as a table, or one rule explained."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from rich.table import Table

from ..console import escape, stdout

if TYPE_CHECKING:
    from ..rules.catalogue import RuleInfo

_SEVERITY = {
    "error": "[bold red]错误[/]",
    "warning": "[yellow]警告[/]",
    "error/warning": "[bold red]错误[/]或[yellow]警告[/]",
}


def show_rules(rules: Sequence[RuleInfo]) -> None:
    table = Table(show_edge=False, pad_edge=False, header_style="bold")
    table.add_column("代码", no_wrap=True)
    table.add_column("级别", no_wrap=True)
    table.add_column("检查什么", overflow="fold")
    table.add_column("自动修改", no_wrap=True)
    for rule in rules:
        table.add_row(
            rule.code,
            _SEVERITY[rule.severity],
            escape(rule.summary),
            "是" if rule.fixable else "否",
        )
    stdout.print(table)
    stdout.print(
        f"共 {len(rules)} 条规则。运行 reportgen rules 代码（如 reportgen rules T003）查看说明和示例。"
    )


def show_rule(rule: RuleInfo) -> None:
    fix = "validate --fix 可自动改正" if rule.fixable else "需要人工修改"
    stdout.print(f"[bold]{rule.code}[/] {escape(rule.summary)}")
    stdout.print(f"级别：{_SEVERITY[rule.severity]}　{fix}")
    stdout.print()
    stdout.print(escape(rule.explanation))
    stdout.print()
    stdout.print("示例")
    stdout.print(f"  [red]有问题[/]：{escape(rule.wrong)}")
    stdout.print(f"  [green]正确[/]：{escape(rule.right)}")
