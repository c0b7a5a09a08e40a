// an enum-driven state machine: transitions via EnumMap tables and constant-specific methods, switch on enum state, ordinal arithmetic, values() iteration, and illegal transitions.
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

public class EnumStateMachine {
    enum Event { COIN, PUSH, KICK, RESET }
    enum State {
        LOCKED { State on(Event e) { return e == Event.COIN ? UNLOCKED : e == Event.KICK ? BROKEN : this; } },
        UNLOCKED { State on(Event e) { return e == Event.PUSH ? LOCKED : e == Event.KICK ? BROKEN : this; } },
        BROKEN { State on(Event e) { if (e == Event.RESET) return LOCKED; throw new IllegalStateException("broken turnstile ignores " + e); } };
        abstract State on(Event e);
        boolean passable() { return this == UNLOCKED; }
    }
    enum Light { RED(30), GREEN(25), YELLOW(5); final int seconds; Light(int s) { seconds = s; } Light next() { return values()[(ordinal() + 1) % values().length]; } }

    public static void main(String[] args) {
        State s = State.LOCKED;
        List<Event> events = List.of(Event.PUSH, Event.COIN, Event.COIN, Event.PUSH, Event.KICK, Event.COIN, Event.RESET, Event.COIN, Event.PUSH);
        Map<State, Integer> visits = new EnumMap<>(State.class);
        for (Event e : events) {
            try {
                State next = s.on(e);
                System.out.println(s + " --" + e + "--> " + next + (next.passable() ? " (open)" : ""));
                s = next;
            } catch (IllegalStateException ex) { System.out.println(s + " --" + e + "--> error: " + ex.getMessage()); }
            visits.merge(s, 1, Integer::sum);
        }
        System.out.println("visits " + visits);
        Map<State, Map<Event, State>> table = new EnumMap<>(State.class);
        for (State st : State.values()) {
            Map<Event, State> row = new EnumMap<>(Event.class);
            for (Event e : Event.values()) { try { row.put(e, st.on(e)); } catch (IllegalStateException ex) { } }
            table.put(st, row);
        }
        System.out.println(table);
        Light l = Light.RED;
        int elapsed = 0;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 7; i++) { sb.append(l).append('(').append(l.seconds).append(") "); elapsed += l.seconds; l = l.next(); }
        System.out.println(sb + "total " + elapsed);
        for (State st : State.values()) {
            String d = switch (st) { case LOCKED -> "needs coin"; case UNLOCKED -> "push to pass"; case BROKEN -> "call service"; };
            System.out.println(st.ordinal() + " " + st.name() + " " + d + " " + st.getClass().getSuperclass().getSimpleName() + " " + st.getDeclaringClass().getSimpleName());
        }
    }
}
