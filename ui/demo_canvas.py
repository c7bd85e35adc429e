"""Opens the canvas on case 1 of CASES.md (ADSL installation, as-is) for a look at it.

    python -m ui.demo_canvas [--zh]

Not part of the product: a quick way to see the canvas with a realistic flow.
"""

from __future__ import annotations

import sys

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QMainWindow

from ui.canvas import CanvasView
from workbench.builder import VersionBuilder
from workbench.document import Document
from workbench.model import LaneKind, Metadata


def case_one_as_is(chinese: bool = False) -> Document:
    """Case 1 as-is: the customer ends up chasing the installer after a missed promise."""
    t = (lambda en, zh: zh) if chinese else (lambda en, zh: en)
    b = VersionBuilder(t("As-is", "现状"), version_id="as-is")
    customer = b.lane(t("Customer", "客户"), LaneKind.CUSTOMER)
    csr = b.lane(t("Front-line agent (CSR)", "一线客服"), LaneKind.FRONTSTAGE, height=180.0)
    installer = b.lane(t("Installer", "装机人员"), LaneKind.BACKSTAGE)

    def at(column: int, y: float = 40.0) -> dict:
        return {"x": 180.0 + 160.0 * column, "y": y}

    start = b.node("start", customer, t("Needs ADSL", "需要宽带"), **at(0))
    call = b.task(customer, t("Calls hotline to open ADSL", "致电热线申请ADSL"), 5,
                  value="necessary", **at(1))
    explain = b.task(csr, t("Explains process and promises (24 h / 48 h)",
                            "讲解流程与承诺（24小时/48小时）"), 5, **at(2, 60))
    order = b.task(csr, t("Creates the work order", "创建工单"), 10, **at(3, 60))
    check = b.task(installer, t("Line check", "线路检查"), 2, unit="h", **at(4))
    book = b.task(csr, t("Calls customer to book next-morning visit", "致电客户预约次日上午上门"),
                  3, **at(5, 60))
    wait = b.task(customer, t("Keeps the morning free, waits at home", "空出上午在家等待"), 4,
                  unit="h", value="waste", waste="waiting", **at(6))
    missed = b.task(installer, t("Does not come, nobody calls", "未上门，也无人通知"),
                    fail_point=True, **at(7))
    again = b.task(customer, t("Calls the hotline again", "再次致电热线"), 8,
                   value="waste", waste="repeat_contact", **at(8))
    path = b.decision(csr, t("Standard new-order path", "按新单标准流程"), **at(9, 60))
    new_order = b.task(csr, t("New work order (3 working days)", "新建工单（3个工作日）"),
                       3, unit="d", **at(10, 10))
    number = b.task(csr, t("Gives the installer's number", "提供装机人员电话"), 1,
                    **at(10, 110))
    chase = b.task(customer, t("Calls the installer personally", "客户自行联系装机人员"), 10,
                   value="waste", waste="customer_work", **at(11))
    install = b.task(installer, t("Installs", "上门安装"), 2, unit="h", **at(12))
    done = b.node("end", customer, t("ADSL working", "宽带开通"), **at(13))
    b.chain(start, call, explain, order, check)
    b.flow(order, book)
    b.chain(book, wait, missed, again, path)
    b.flow(path, new_order, t("new order", "新建工单"), 0.5)
    b.flow(path, number, t("call installer", "自行联系"), 0.5)
    b.flow(number, chase)
    b.flow(new_order, install)
    b.flow(chase, install)
    b.flow(install, done)
    title = t("ADSL installation", "ADSL装机")
    return Document(metadata=Metadata(title=title), versions=[b.build()])


def main() -> int:
    app = QApplication(sys.argv)
    document = case_one_as_is("--zh" in sys.argv)
    window = QMainWindow()
    window.setWindowTitle("Process Workbench — canvas")
    view = CanvasView(document, document.versions[0].id, QUndoStack(window))
    window.setCentralWidget(view)
    window.resize(1560, 760)
    window.show()
    if "--fit" in sys.argv:
        view.fit_all()
    if "--select" in sys.argv:
        view.select_element(next(iter(document.versions[0].nodes)))
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
