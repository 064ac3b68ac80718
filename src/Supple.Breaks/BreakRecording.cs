namespace Supple.Breaks;

/// <summary>
/// How <c>supple-breaks</c> records a break: it runs <c>supple breaks --record</c> (the command <c>supple</c> was started
/// with) and passes the break on standard input, so the store and every rule stay in <c>supple</c>.
/// </summary>
/// <param name="Command">The program and arguments that start <c>supple</c> (e.g. the apphost, or dotnet and supple.dll).</param>
/// <param name="Db">The <c>--db</c> value, or <c>null</c> (then <c>SUPPLE_DB</c> and the default file, as for any command).</param>
/// <param name="ProgrammeFile">The <c>--programme</c> file, or <c>null</c> for the built-in programme.</param>
/// <param name="Routine">The break routine, each stretch with its level.</param>
internal sealed record BreakRecording(IReadOnlyList<string> Command, string? Db, string? ProgrammeFile, IReadOnlyList<BreakRoutineItem> Routine);
