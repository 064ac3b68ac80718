namespace Supple.Bench.Server;

/// <summary>
/// What every seeded user did: one guided session a day for <see cref="Days"/> days up to yesterday (UTC), seven
/// stretch records each, pain before and after, and one pain diary entry a day. Deterministic, so a run can be
/// repeated; the summary rows are computed from the same rules as the rows themselves.
/// </summary>
internal sealed class SyntheticHistory(int users, int days, DateOnly today)
{
    public const string Password = "bench-password-1234";

    /// <summary>The seven records of a session: stretch id, side, reps, sets, seconds held.</summary>
    public static readonly (string Stretch, string Side, int Reps, int Sets, int Seconds)[] Records =
    [
        ("shoulder-blade-squeeze", "none", 10, 1, 50),
        ("upper-trapezius-stretch", "right", 2, 1, 40),
        ("upper-trapezius-stretch", "left", 2, 1, 40),
        ("cat-camel", "none", 10, 1, 60),
        ("thoracic-extension", "none", 1, 2, 30),
        ("childs-pose", "none", 1, 1, 30),
        ("chest-opener", "none", 2, 1, 30),
    ];

    public int Users => users;

    public int Days => days;

    public DateOnly FirstDay => today.AddDays(-days);

    public DateOnly LastDay => today.AddDays(-1);

    public static string UserId(int user) => $"bench-{user:D6}";

    public static string Email(int user) => $"user{user:D6}@bench.example.org";

    public long SessionId(int user, int day) => ((long)user * days) + day + 1;

    public DateOnly Day(int day) => FirstDay.AddDays(day);

    public DateTimeOffset StartedAt(int user, int day) =>
        new DateTimeOffset(Day(day), new TimeOnly(6, 0), TimeSpan.Zero) + TimeSpan.FromSeconds(user % 36_000);

    public static TimeSpan Length => TimeSpan.FromMinutes(12);

    public static TimeSpan RecordTime(int record) => TimeSpan.FromSeconds(90 * (record + 1));

    public static int PainBefore(int user, int day) => 3 + ((user + day) % 4);

    public static int PainAfter(int user, int day) => PainBefore(user, day) - 1 - (day % 2);

    public DateTimeOffset PainAt(int day) => new(Day(day), new TimeOnly(20, 0), TimeSpan.Zero);

    public static int PainScore(int user, int day) => 1 + ((user * 7 + day) % 6);

    public static Guid Uid(int kind, int user, int day)
    {
        Span<byte> bytes = stackalloc byte[16];
        BitConverter.TryWriteBytes(bytes[..4], kind);
        BitConverter.TryWriteBytes(bytes.Slice(4, 4), user);
        BitConverter.TryWriteBytes(bytes.Slice(8, 4), day);
        BitConverter.TryWriteBytes(bytes.Slice(12, 4), 0x5e551017);
        return new Guid(bytes);
    }

    /// <summary>Per stretch id: times done (each record counts once, as the store tallies it).</summary>
    public IEnumerable<(string Stretch, int Times)> Tallies() =>
        Records.GroupBy(r => r.Stretch, StringComparer.Ordinal).Select(g => (g.Key, g.Count() * days));

    public long PainBeforeSum(int user)
    {
        long sum = 0;
        for (var d = 0; d < days; d++)
        {
            sum += PainBefore(user, d);
        }

        return sum;
    }

    public long PainAfterSum(int user)
    {
        long sum = 0;
        for (var d = 0; d < days; d++)
        {
            sum += PainAfter(user, d);
        }

        return sum;
    }
}
