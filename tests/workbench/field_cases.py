"""Cases 1 and 2 of CASES.md drawn as flows, for tests that work their figures out by hand.

Durations are in minutes unless a step says otherwise. Ids follow the builder: lanes l1..,
steps n1.. in the order written here, flows f1.. likewise.
"""

from workbench.builder import VersionBuilder
from workbench.model import LaneKind, Version


def adsl_as_is() -> Version:
    """Case 1 as-is: the installer does not come; the second call gets the standard path.

    n1 start · n2 Calls the hotline (C, 5, necessary) · n3 Explains the promises (CSR, 5)
    n4 Creates the work order (CSR, 10) · n5 Calls to book a morning visit (CSR, 5)
    n6 Agrees the morning visit (C, 2, necessary) · n7 Waits at home all morning (C wait, 4 h,
    waste/waiting) · n8 Calls the hotline again (C, 10, waste/repeat contact)
    n9 Applies the new-order path (CSR decision, 3)
      → 0.5 n10 Creates a new work order (CSR, 72 h) → n13
      → 0.5 n11 Gives the installer's number (CSR, 2) → n12 Calls the installer (C, 10,
            waste/customer work) → n13
    n13 Installs ADSL at home (Installer, 2 h) · n14 Has ADSL working (C, 5, value) · n15 end
    """
    b = VersionBuilder("As-is")
    customer = b.lane("Customer", LaneKind.CUSTOMER)
    csr = b.lane("Front-line agent", LaneKind.FRONTSTAGE)
    installer = b.lane("Installer", LaneKind.BACKSTAGE)
    start = b.start(customer)
    call = b.task(customer, "Calls the hotline to open ADSL", 5, value="necessary")
    explain = b.task(csr, "Explains the process and its promises", 5)
    order = b.task(csr, "Creates the work order", 10)
    book = b.task(csr, "Calls the customer to book a morning visit", 5)
    agree = b.task(customer, "Agrees the morning visit", 2, value="necessary")
    wait = b.wait(
        customer, "Waits at home all morning", 4, unit="h", value="waste", waste="waiting"
    )
    again = b.task(customer, "Calls the hotline again", 10, value="waste", waste="repeat_contact")
    path = b.decision(csr, "Applies the standard new-order path", 3)
    new_order = b.task(csr, "Creates a new work order (3 working days)", 72, unit="h")
    number = b.task(csr, "Gives the installer's number", 2)
    chase = b.task(customer, "Calls the installer", 10, value="waste", waste="customer_work")
    install = b.task(installer, "Installs ADSL at home", 2, unit="h")
    working = b.task(customer, "Has ADSL working", 5, value="value")
    end = b.end(customer)
    b.chain(start, call, explain, order, book, agree, wait, again, path)
    b.flow(path, new_order, "new work order", 0.5)
    b.flow(path, number, "customer calls the installer", 0.5)
    b.flow(new_order, install)
    b.chain(number, chase, install, working, end)
    return b.build()


def adsl_to_be() -> Version:
    """Case 1 to-be: the CSR owns the case; the installer is a hanging collaborator.

    n1 start · n2 Calls the hotline (C, 5, necessary)
    n3 New request or follow-up? (CSR decision, 2)
      → 0.8 n4 Creates the work order (CSR, 10) → n6
      → 0.2 n5 Starts the urgent path (CSR, 5) → n6
    n6 Books the same-day visit with the installer (CSR, 10) · n7 Confirms the slot (Inst, 5)
    n8 Confirms the visit time with the customer (CSR, 3), a fork:
      → n9 Notes the visit time (C, 1, necessary) → n12
      → n10 Installs ADSL at home (Inst, 2 h), a fork: → n12 (at the door) and
            → n11 Confirms completion (CSR, 3) → n12
    n12 join (C, parallel, three branches) · n13 Has ADSL working (C, 5, value) · n14 end
    """
    b = VersionBuilder("To-be")
    customer = b.lane("Customer", LaneKind.CUSTOMER)
    csr = b.lane("Front-line agent", LaneKind.FRONTSTAGE)
    installer = b.lane("Installer", LaneKind.BACKSTAGE)
    start = b.start(customer)
    call = b.task(customer, "Calls the hotline", 5, value="necessary")
    which = b.decision(csr, "New request or follow-up on a missed promise?", 2)
    order = b.task(csr, "Creates the work order", 10)
    urgent = b.task(csr, "Starts the urgent path", 5)
    book = b.task(csr, "Books the same-day visit with the installer", 10)
    slot = b.task(installer, "Confirms the slot", 5)
    confirm = b.task(csr, "Confirms the visit time with the customer", 3)
    note = b.task(customer, "Notes the visit time", 1, value="necessary")
    install = b.task(installer, "Installs ADSL at home", 2, unit="h")
    done = b.task(csr, "Confirms completion", 3)
    join = b.parallel(customer, "All done")
    working = b.task(customer, "Has ADSL working", 5, value="value")
    end = b.end(customer)
    b.chain(start, call, which)
    b.flow(which, order, "new request", 0.8)
    b.flow(which, urgent, "follow-up on a missed promise", 0.2)
    b.flow(order, book)
    b.flow(urgent, book)
    b.chain(book, slot, confirm, note, join)
    b.flow(confirm, install)
    b.flow(install, join, "installer at the door")
    b.chain(install, done, join, working, end)
    return b.build()


def complaint_linear() -> Version:
    """Case 2 as-is, the linear chain: Customer complains → Agent records → Agent passes →
    Expert designs → Department executes → Expert relays → Agent replies → Customer.

    n1 start · n2 Complains (C) · n3 Records (Agent) · n4 Passes on (Agent) · n5 Designs
    (Expert) · n6 Executes (Dept) · n7 Relays (Expert) · n8 Replies (Agent) · n9 Receives the
    reply (C) · n10 end
    """
    b = VersionBuilder("Linear")
    customer = b.lane("Customer", LaneKind.CUSTOMER)
    agent = b.lane("Front-line agent", LaneKind.FRONTSTAGE)
    expert = b.lane("Network expert", LaneKind.BACKSTAGE)
    dept = b.lane("Executing department", LaneKind.SUPPORT)
    b.chain(
        b.start(customer),
        b.task(customer, "Complains about poor coverage", 5),
        b.task(agent, "Soothes and records the complaint", 10),
        b.task(agent, "Passes the complaint to the expert", 5),
        b.task(expert, "Designs a solution", 4, unit="h"),
        b.task(dept, "Executes the solution", 3, unit="d"),
        b.task(expert, "Relays the result", 1, unit="h"),
        b.task(agent, "Replies to the customer", 10),
        b.task(customer, "Receives the reply", 2),
        b.end(customer),
    )
    return b.build()


def complaint_flattened() -> Version:
    """Case 2 to-be, flattened. The network-status lookup is the agent's own step (its IT
    system), as CASES.md tells it: the agent looks it up, not a relay lane.

    n1 start · n2 Complains (C) · n3 Looks the location up (Agent) · n4 Known issue? (Agent
    decision) → 0.6 n5 Answers with the ready script (Agent) → n6 Receives the answer (C) →
    n7 end; → 0.4 n8 Designs the solution, hands authority to the department (Expert) →
    n9 Contacts the customer (Dept) → n10 Tells the current need (C) → n11 Executes (Dept)
    → n12 Reports the result to the agent (Dept) → n13 Confirms the result (Agent) →
    n14 Receives the result (C) → n15 end
    """
    b = VersionBuilder("Flattened")
    customer = b.lane("Customer", LaneKind.CUSTOMER)
    agent = b.lane("Front-line agent", LaneKind.FRONTSTAGE)
    expert = b.lane("Network expert", LaneKind.BACKSTAGE)
    dept = b.lane("Executing department", LaneKind.SUPPORT)
    start = b.start(customer)
    complain = b.task(customer, "Complains about poor coverage", 5)
    lookup = b.task(
        agent, "Looks the location up in the network status system", 5, it_system="Network status"
    )
    known = b.decision(agent, "Known issue?", 1)
    answer = b.task(agent, "Answers with the ready script", 5)
    heard = b.task(customer, "Receives the answer", 1)
    end1 = b.end(customer)
    design = b.task(
        expert, "Designs the solution and hands authority to the department", 4, unit="h"
    )
    contact = b.task(dept, "Contacts the customer", 10)
    need = b.task(customer, "Tells the current need", 10)
    execute = b.task(dept, "Executes the solution", 3, unit="d")
    report = b.task(dept, "Reports the result to the agent", 5)
    confirm = b.task(agent, "Confirms the result with the customer", 5)
    result = b.task(customer, "Receives the result", 2)
    end2 = b.end(customer)
    b.chain(start, complain, lookup, known)
    b.flow(known, answer, "known issue", 0.6)
    b.chain(answer, heard, end1)
    b.flow(known, design, "new issue", 0.4)
    b.chain(design, contact, need, execute, report, confirm, result, end2)
    return b.build()
