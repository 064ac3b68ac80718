namespace Supple.Core.Statistics;

/// <summary>One pain reading used for trends: a diary entry, or the pain given before a session.</summary>
/// <param name="At">When.</param>
/// <param name="Score">0–10.</param>
// A class, not a struct: generic framework code (lists, sorting) over reference types is precompiled in
// ReadyToRun images, while instantiations over our own structs would be compiled at start-up by the JIT.
public sealed record PainPoint(DateTimeOffset At, int Score);
