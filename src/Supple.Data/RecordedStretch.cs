using Supple.Core.Sessions;

namespace Supple.Data;

/// <summary>One stretch record of a <see cref="CompletedSession"/> and when it finished.</summary>
/// <param name="Record">What was done.</param>
/// <param name="At">When it finished.</param>
public sealed record RecordedStretch(StretchRecord Record, DateTimeOffset At);
