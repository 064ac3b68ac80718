namespace Supple.Breaks.Tests;

/// <summary>Small desk-break routines written out by hand, as <c>supple</c> would hand them over.</summary>
internal static class TestRoutines
{
    public static BreakRoutineScript DeskBreak() => new(
        "Shoulder blade squeeze, Chest opener stretch",
        TimeSpan.FromSeconds(50),
        [
            new BreakRoutineStep(0, TimeSpan.Zero, TimeSpan.FromSeconds(10), "Shoulder blade squeeze · get-into-position · 10 s: Sit or stand tall."),
            new BreakRoutineStep(1, TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(5), "Shoulder blade squeeze · hold 1/2 · 5 s: Squeeze."),
            new BreakRoutineStep(2, TimeSpan.FromSeconds(15), TimeSpan.FromSeconds(5), "Shoulder blade squeeze · hold 2/2 · 5 s: Squeeze."),
            new BreakRoutineStep(3, TimeSpan.FromSeconds(20), TimeSpan.FromSeconds(30), "Chest opener stretch · hold 1/1 · 30 s: Open the chest."),
        ]);

    public static BreakJob Job(TimeSpan? runFor = null, bool live = false) => new(
        TimeSpan.FromMinutes(10),
        TimeSpan.FromSeconds(50),
        TimeSpan.FromMinutes(5),
        MaxPostpones: 2,
        MaxSkips: 3,
        runFor,
        live,
        Bell: false,
        Notify: false,
        DeskBreak());
}
