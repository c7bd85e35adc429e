"""The event loop of the run with people per lane, compiled with Numba: the same events in
the same order as the plain-Python loop of `queues`, so a seed gives the very same cases,
some twenty times faster (about 0.15 µs an event instead of 4 µs).

The loop never draws random numbers itself: the durations and branch choices are drawn by
NumPy in Python, in batches, exactly as the Python loop draws them. Before each unit of
work (one event, or one arrival at steps that need nobody) the loop checks that every pool
the unit will draw from still holds a number and that its arrays have room; if not, it
returns and says what it needs (`POOL`, `UNIFORM`, `ROOM`), and the caller refills or
grows and calls again. It also returns every `PROGRESS_EVERY` events so the caller can
report progress and honour a cancel. All state lives in the arrays passed in.

Speed comes from two choices: the helpers are inlined into the loop (`inline="always"`)
and Numba's reference counting is off (`_nrt=False`; the loop allocates nothing), without
which every array read from a tuple costs an atomic count, five times the work. The price
is the compile: some twenty seconds of processor time, once per machine, since the
compiled code is cached on disk (`cache=True`). Importing this module imports Numba (half
a second): `queue_compiled` imports it only when a run with people per lane starts.
"""

from __future__ import annotations

import numpy as np
from numba import njit

DONE_ALL, POOL, UNIFORM, ROOM, PROGRESS = 0, 1, 2, 3, 4
ARRIVE, DONE = 0, 1
PROGRESS_EVERY = 65536

# positions in the state vector `st`
COMING, HEAP_N, LOOSE_N, SEQUENCE, HANDLED, PENDING, UNIFORM_N, FREE_ENTRY = range(8)
BORN, NEED, HAS_CLOCK, WIDEST, JOINS, STEPS, NOW_HEAD, NOW_TAIL = range(8, 16)
STATE_SIZE = 16


@njit(cache=True, _nrt=False)
def _interp(x, xp, fp):
    """`np.interp` for one value, with NumPy's own arithmetic (the same float results)."""
    n = xp.size
    if x < xp[0]:
        return fp[0]
    if x > xp[n - 1]:
        return fp[n - 1]
    j = np.searchsorted(xp, x, side="right") - 1
    if j == n - 1 or xp[j] == x:
        return fp[j]
    slope = (fp[j + 1] - fp[j]) / (xp[j + 1] - xp[j])
    result = slope * (x - xp[j]) + fp[j]
    if np.isnan(result):
        result = slope * (x - xp[j + 1]) + fp[j + 1]
        if np.isnan(result) and fp[j] == fp[j + 1]:
            result = fp[j]
    return result


@njit(cache=True, _nrt=False)
def _finish_working(clock, worked, begun, hours):
    """`WorkingClock.finish` for one visit (see `calendar`)."""
    if hours <= 0:
        return begun
    target = _interp(begun, clock, worked) + hours
    k = np.searchsorted(worked, target, side="left")
    k = min(max(k, 1), worked.size - 1)
    w0, w1 = worked[k - 1], worked[k]
    c0, c1 = clock[k - 1], clock[k]
    span = w1 - w0 if w1 > w0 else 1.0
    done = c0 + (target - w0) / span * (c1 - c0)
    return max(done, begun)


@njit(cache=True, _nrt=False, inline="always")
def _before(ht, hs, i, j):
    return ht[i] < ht[j] or (ht[i] == ht[j] and hs[i] < hs[j])


@njit(cache=True, _nrt=False, inline="always")
def _swap(hp, i, j):
    ht, hs, hl = hp.time, hp.sequence, hp.load
    ht[i], ht[j] = ht[j], ht[i]
    hs[i], hs[j] = hs[j], hs[i]
    hl[i], hl[j] = hl[j], hl[i]


@njit(cache=True, _nrt=False, inline="always")
def _push(st, hp, time, kind, case, node):
    """Events in order of (time, sequence), as `heapq` orders the Python loop's tuples.
    An event due now (a case going on to the next step) comes after every event already
    known, so it joins a plain first-in-first-out line instead of the heap."""
    st[SEQUENCE] += 1
    load = (case * st[STEPS] + node) * 2 + kind
    if time == hp.current[0]:
        k = st[NOW_TAIL]
        st[NOW_TAIL] = k + 1
        hp.now_time[k], hp.now_sequence[k], hp.now_load[k] = time, st[SEQUENCE], load
        return
    ht, hs = hp.time, hp.sequence
    i = st[HEAP_N]
    st[HEAP_N] = i + 1
    ht[i], hs[i], hp.load[i] = time, st[SEQUENCE], load
    while i > 0:
        parent = (i - 1) >> 1
        if not _before(ht, hs, i, parent):
            break
        _swap(hp, i, parent)
        i = parent


@njit(cache=True, _nrt=False, inline="always")
def _pop(st, hp):
    ht, hs = hp.time, hp.sequence
    n = st[HEAP_N] - 1
    st[HEAP_N] = n
    _swap(hp, 0, n)
    i = 0
    while True:
        child = 2 * i + 1
        if child >= n:
            break
        if child + 1 < n and _before(ht, hs, child + 1, child):
            child += 1
        if not _before(ht, hs, child, i):
            break
        _swap(hp, i, child)
        i = child


@njit(cache=True, _nrt=False, inline="always")
def _next_event(st, hp):
    """Where the first event is: 1 the line of events due now, 2 the heap, 0 none."""
    head = st[NOW_HEAD]
    if head < st[NOW_TAIL]:
        if st[HEAP_N] == 0 or hp.now_time[head] < hp.time[0]:
            return 1
        if hp.now_time[head] == hp.time[0] and hp.now_sequence[head] < hp.sequence[0]:
            return 1
        return 2
    return 2 if st[HEAP_N] > 0 else 0


@njit(cache=True, _nrt=False, inline="always")
def _hours(pools, v):
    base, count, buffer = pools.base, pools.count, pools.buffer
    count[v] -= 1
    return buffer[base[v] + count[v]]


@njit(cache=True, _nrt=False, inline="always")
def _chance(st, pools):
    st[UNIFORM_N] -= 1
    return pools.uniform[st[UNIFORM_N]]


@njit(cache=True, _nrt=False, inline="always")
def _mark(last_pass, slot, case, time):
    old = last_pass[slot, case]
    if np.isnan(old) or time > old:
        last_pass[slot, case] = time


@njit(cache=True, _nrt=False, inline="always")
def _end_of(tb, st, node, begun, hours):
    if st[HAS_CLOCK] and tb.working[node]:
        return _finish_working(tb.clock, tb.worked, begun, hours)
    return begun + hours


@njit(cache=True, _nrt=False, inline="always")
def _count(tb, tl, case, node, hours):
    tl.node_work[node] += hours
    tl.node_visits[node] += 1
    if tb.waiting[node]:
        tl.wait[case] += hours


@njit(cache=True, _nrt=False, inline="always")
def _go(tb, st, hp, ls, tl, time, case, flow):
    staffed, contact, flow_slot, target = tb.staffed, tb.contact, tb.flow_slot, tb.target
    if contact[flow]:
        tl.contacts[case] += 1
    slot = flow_slot[flow]
    if slot >= 0:
        _mark(tl.last_pass, slot, case, time)
    to = target[flow]
    if staffed[to] >= 0:
        _push(st, hp, time, ARRIVE, case, to)
    else:
        k = st[LOOSE_N]
        ls.time[k], ls.case[k], ls.node[k] = time, case, to
        st[LOOSE_N] = k + 1


@njit(cache=True, _nrt=False, inline="always")
def _route(tb, st, hp, ls, pools, tl, time, case, node):
    slot = tb.node_slot[node]
    if slot >= 0:
        _mark(tl.last_pass, slot, case, time)
    if tb.end[node]:
        if time > tl.finish[case]:
            tl.finish[case] = time
        return
    picks = tb.picks[node]
    if picks > 0:
        u = _chance(st, pools)
        first = tb.pick_start[node]
        flow = tb.pick_flows[first + picks - 1]
        for i in range(first, first + picks):
            if u < tb.pick_keys[i]:
                flow = tb.pick_flows[i]
                break
        _go(tb, st, hp, ls, tl, time, case, flow)
    else:
        out_start, out_flows = tb.out_start, tb.out_flows
        for i in range(out_start[node], out_start[node + 1]):
            _go(tb, st, hp, ls, tl, time, case, out_flows[i])


@njit(cache=True, _nrt=False, inline="always")
def _join_held(tb, st, jn, case, node, time):
    """A branch arriving at a join: True while the case's other branches are still out;
    else the join lets the case on at the slowest branch's time (jn.latest[key])."""
    slot = tb.join_slot[node]
    if slot < 0:
        return False
    count, latest, born = jn
    key = case * st[JOINS] + slot
    if count[key] == 0:
        latest[key] = time
        born[key] = st[BORN]
        st[BORN] += 1
    count[key] += 1
    if time > latest[key]:
        latest[key] = time
    if count[key] < tb.join_need[slot]:
        return True
    count[key] = 0
    return False


@njit(cache=True, _nrt=False, inline="always")
def _pass(tb, st, hp, ls, pools, tl, jn, time, case, node):
    """A step or run of steps that needs nobody: done after its own durations."""
    if _join_held(tb, st, jn, case, node, time):
        return
    if tb.join_slot[node] >= 0:
        time = jn.latest[case * st[JOINS] + tb.join_slot[node]]
    tl.contacts[case] += tb.chain_contacts[node]
    total = 0.0
    first = tb.chain_start[node]
    last = tb.chain_members[first + tb.chain_length[node] - 1]
    for i in range(first, first + tb.chain_length[node]):
        member = tb.chain_members[i]
        hours = _hours(pools, member)
        _count(tb, tl, case, member, hours)
        total += hours
    _route(tb, st, hp, ls, pools, tl, _end_of(tb, st, last, time, total), case, last)


@njit(cache=True, _nrt=False, inline="always")
def _ask_person(tb, st, hp, qu, pools, tl, time, case, node):
    lane = tb.staffed[node]
    hours = _hours(pools, node)
    _count(tb, tl, case, node, hours)
    free, head, tail, following, arrived, who, where, need = qu
    if free[lane] > 0:
        free[lane] -= 1
        _push(st, hp, _end_of(tb, st, node, time, hours), DONE, case, node)
        return
    e = st[FREE_ENTRY]
    st[FREE_ENTRY] = following[e]
    following[e] = -1
    arrived[e], who[e], where[e], need[e] = time, case, node, hours
    if tail[lane] >= 0:
        following[tail[lane]] = e
    else:
        head[lane] = e
    tail[lane] = e


@njit(cache=True, _nrt=False, inline="always")
def _person_done(tb, st, hp, qu, tl, time, node):
    lane = tb.staffed[node]
    free, head, tail, following, arrived, who, where, need = qu
    e = head[lane]
    if e < 0:
        free[lane] += 1
        return
    head[lane] = following[e]
    if head[lane] < 0:
        tail[lane] = -1
    following[e] = st[FREE_ENTRY]
    st[FREE_ENTRY] = e
    case = who[e]
    tl.queued[case] += time - arrived[e]
    tl.lane_queued[lane] += time - arrived[e]
    _push(st, hp, _end_of(tb, st, where[e], time, need[e]), DONE, case, where[e])


@njit(cache=True, _nrt=False, inline="always")
def _missing_for_route(tb, st, node):
    if not tb.end[node] and tb.picks[node] > 0 and st[UNIFORM_N] == 0:
        return UNIFORM
    return DONE_ALL


@njit(cache=True, _nrt=False, inline="always")
def _missing_for_pass(tb, st, pools, jn, case, node):
    """What a pass would draw from an empty pool, in the order it would draw."""
    slot = tb.join_slot[node]
    if slot >= 0 and jn.count[case * st[JOINS] + slot] + 1 < tb.join_need[slot]:
        return DONE_ALL  # held at the join: draws nothing
    first = tb.chain_start[node]
    for i in range(first, first + tb.chain_length[node]):
        if pools.count[tb.chain_members[i]] == 0:
            st[NEED] = tb.chain_members[i]
            return POOL
    return _missing_for_route(tb, st, tb.chain_members[first + tb.chain_length[node] - 1])


@njit(cache=True, _nrt=False, inline="always")
def _no_room(st, hp, ls):
    widest = st[WIDEST] + 1
    if st[NOW_TAIL] + widest > hp.now_time.size and st[NOW_HEAD] > 0:
        head, tail = st[NOW_HEAD], st[NOW_TAIL]  # move the line's events to its front
        for k in range(tail - head):
            hp.now_time[k] = hp.now_time[head + k]
            hp.now_sequence[k] = hp.now_sequence[head + k]
            hp.now_load[k] = hp.now_load[head + k]
        st[NOW_HEAD], st[NOW_TAIL] = 0, tail - head
    return (st[HEAP_N] + widest > hp.time.size or st[NOW_TAIL] + widest > hp.now_time.size
            or st[LOOSE_N] + widest > ls.time.size or st[FREE_ENTRY] < 0)  # fmt: skip


@njit(cache=True, _nrt=False)
def advance(tb, st, hp, ls, qu, pools, tl, jn):
    """Runs events until the run is over (DONE_ALL) or something is needed from the caller."""
    order, times, starts = tb.order, tb.times, tb.starts
    staffed = tb.staffed
    while True:
        if _no_room(st, hp, ls):
            return ROOM
        if st[LOOSE_N] > 0:  # steps that need nobody meet no other case: no need to wait
            k = st[LOOSE_N] - 1
            time, case, node = ls.time[k], ls.case[k], ls.node[k]
            missing = _missing_for_pass(tb, st, pools, jn, case, node)
            if missing != DONE_ALL:
                return missing
            st[LOOSE_N] = k
            _pass(tb, st, hp, ls, pools, tl, jn, time, case, node)
            continue
        if st[PENDING]:
            st[PENDING] = 0
            st[HANDLED] += 1
            if st[HANDLED] % PROGRESS_EVERY == 0:
                return PROGRESS
        coming = st[COMING]
        source = _next_event(st, hp)
        time, load = 0.0, 0
        if source == 1:
            time, load = hp.now_time[st[NOW_HEAD]], hp.now_load[st[NOW_HEAD]]
        elif source == 2:
            time, load = hp.time[0], hp.load[0]
        arriving = coming < order.size and (source == 0 or times[order[coming]] <= time)
        if arriving:
            case = order[coming]
            time, kind, node = times[case], ARRIVE, starts[case]
        elif source == 0:
            return DONE_ALL
        else:
            kind = load & 1
            case, node = (load >> 1) // st[STEPS], (load >> 1) % st[STEPS]
        if kind == DONE:
            missing = _missing_for_route(tb, st, node)
        elif staffed[node] >= 0:
            missing = DONE_ALL
            if pools.count[node] == 0:
                st[NEED] = node
                missing = POOL
        else:
            missing = _missing_for_pass(tb, st, pools, jn, case, node)
        if missing != DONE_ALL:
            return missing
        if arriving:
            st[COMING] = coming + 1
        elif source == 1:
            st[NOW_HEAD] += 1
            if st[NOW_HEAD] == st[NOW_TAIL]:
                st[NOW_HEAD], st[NOW_TAIL] = 0, 0
        else:
            _pop(st, hp)
        hp.current[0] = time
        st[PENDING] = 1
        if kind == DONE:
            _person_done(tb, st, hp, qu, tl, time, node)
            _route(tb, st, hp, ls, pools, tl, time, case, node)
        elif staffed[node] >= 0:
            _ask_person(tb, st, hp, qu, pools, tl, time, case, node)
        else:
            _pass(tb, st, hp, ls, pools, tl, jn, time, case, node)
