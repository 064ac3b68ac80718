using Microsoft.Extensions.Time.Testing;
using Supple.Core.Content;
using Supple.Core.Safety;
using Supple.Core.Sessions;

namespace Supple.Core.Tests.Safety;

/// <summary>Builds a history on a fake clock: each session happens "now" and then the clock moves a day on.</summary>
internal sealed class History
{
    public const string Squeeze = "shoulder-blade-squeeze";
    public const string Opener = "chest-opener";
    public const string Twist = "seated-twist";

    private readonly List<SessionHistoryEntry> _sessions = [];
    private readonly List<PainReading> _readings = [];
    private readonly List<StretchResumption> _resumptions = [];

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 2, 8, 0, 0, TimeSpan.Zero));

    public DateTimeOffset PlanCreatedAt { get; set; } = new(2026, 11, 2, 7, 0, 0, TimeSpan.Zero);

    public static string[] Stretches { get; } = [Squeeze, Opener, Twist];

    public History Session(int? before, int? after, string[]? done = null, string[]? hurt = null, string[]? skipped = null, TimeSpan? then = null)
    {
        var records = (done ?? Stretches).Select(id => new StretchRecord(id, Side.None, 10, 1, 50, false, false))
            .Concat((hurt ?? []).Select(id => new StretchRecord(id, Side.Right, 3, 0, 15, false, true)))
            .Concat((skipped ?? []).Select(id => new StretchRecord(id, Side.None, 0, 0, 0, true, false)))
            .ToList();
        var now = Clock.GetUtcNow();
        _sessions.Add(new SessionHistoryEntry(now, before, after, records));
        if (before is { } b)
        {
            _readings.Add(new PainReading(now, b));
        }

        Clock.Advance(then ?? TimeSpan.FromDays(1));
        return this;
    }

    public History Calm(int count)
    {
        for (var i = 0; i < count; i++)
        {
            Session(3, 3);
        }

        return this;
    }

    public History Reading(int score, TimeSpan? then = null)
    {
        _readings.Add(new PainReading(Clock.GetUtcNow(), score));
        Clock.Advance(then ?? TimeSpan.FromDays(1));
        return this;
    }

    public History Resume(string stretchId)
    {
        _resumptions.Add(new StretchResumption(stretchId, Clock.GetUtcNow()));
        Clock.Advance(TimeSpan.FromHours(1));
        return this;
    }

    public SafetyHistory Build() => new(_sessions.ToList(), _readings.ToList(), _resumptions.ToList());

    public StretchProgress ProgressOf(string stretchId) =>
        SafetyRules.Progress(Stretches, PlanCreatedAt, Build()).Single(p => p.StretchId == stretchId);
}
