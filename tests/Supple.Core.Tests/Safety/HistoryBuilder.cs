using Microsoft.Extensions.Time.Testing;
using Supple.Core.Content;
using Supple.Core.History;
using Supple.Core.Safety;
using Supple.Core.Sessions;

namespace Supple.Core.Tests.Safety;

/// <summary>Builds a history on a fake clock: each session happens "now" and then the clock moves a day on.</summary>
internal sealed class HistoryBuilder
{
    public const string Squeeze = "shoulder-blade-squeeze";
    public const string Opener = "chest-opener";
    public const string Twist = "seated-twist";

    private readonly List<PracticeSession> _sessions = [];
    private readonly List<PainEntry> _entries = [];
    private readonly List<StretchResumption> _resumptions = [];

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 2, 8, 0, 0, TimeSpan.Zero));

    public DateTimeOffset PlanCreatedAt { get; set; } = new(2026, 11, 2, 7, 0, 0, TimeSpan.Zero);

    public static string[] Stretches { get; } = [Squeeze, Opener, Twist];

    public HistoryBuilder Session(int? before, int? after, string[]? done = null, string[]? hurt = null, string[]? skipped = null, TimeSpan? then = null)
    {
        var records = (done ?? Stretches).Select(id => new StretchRecord(id, Side.None, 10, 1, 50, false, false))
            .Concat((hurt ?? []).Select(id => new StretchRecord(id, Side.Right, 3, 0, 15, false, true)))
            .Concat((skipped ?? []).Select(id => new StretchRecord(id, Side.None, 0, 0, 0, true, false)))
            .ToList();
        var now = Clock.GetUtcNow();
        _sessions.Add(new PracticeSession(
            Guid.NewGuid(), now, now.AddMinutes(10), DateOnly.FromDateTime(now.UtcDateTime), "built-in", DosageLevel.Gentle,
            hurt is { Length: > 0 } ? SessionOutcome.StoppedForPain : SessionOutcome.Completed, SessionSource.Guided,
            before is { } b ? new PainScore(b) : null, after is { } a ? new PainScore(a) : null, null, records, null));

        Clock.Advance(then ?? TimeSpan.FromDays(1));
        return this;
    }

    public HistoryBuilder Calm(int count)
    {
        for (var i = 0; i < count; i++)
        {
            Session(3, 3);
        }

        return this;
    }

    public HistoryBuilder Reading(int score, TimeSpan? then = null)
    {
        _entries.Add(PainEntry.Create(Clock.GetUtcNow(), new PainScore(score)));
        Clock.Advance(then ?? TimeSpan.FromDays(1));
        return this;
    }

    public HistoryBuilder Resume(string stretchId)
    {
        _resumptions.Add(new StretchResumption(stretchId, Clock.GetUtcNow()));
        Clock.Advance(TimeSpan.FromHours(1));
        return this;
    }

    public SafetyHistory Build() => new(_sessions.ToList(), _entries.ToList(), _resumptions.ToList());

    public DosageProgress ProgressOf(string stretchId) =>
        SafetyRules.Progress(Stretches, PlanCreatedAt, Build()).Single(p => p.StretchId == stretchId);
}
