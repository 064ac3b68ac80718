namespace Supple.Core.History;

/// <summary>One line of the pain diary.</summary>
/// <param name="Id">Stable id; the same entry keeps it across export and import.</param>
/// <param name="At">When the pain was felt (an instant; shown in the person's time zone).</param>
/// <param name="Score">How bad it was, 0–10.</param>
/// <param name="Area">Where, when the person said.</param>
/// <param name="Note">Free text, when given.</param>
public sealed record PainEntry(Guid Id, DateTimeOffset At, PainScore Score, BodyArea? Area, string? Note)
{
    /// <summary>The longest note kept.</summary>
    public const int MaxNoteLength = 2000;

    /// <summary>A new entry with a fresh id.</summary>
    /// <param name="at">When.</param>
    /// <param name="score">How bad.</param>
    /// <param name="area">Where, optional.</param>
    /// <param name="note">A note, optional; at most <see cref="MaxNoteLength"/> characters.</param>
    /// <returns>The entry.</returns>
    public static PainEntry Create(DateTimeOffset at, PainScore score, BodyArea? area = null, string? note = null)
    {
        if (note is { Length: > MaxNoteLength })
        {
            throw new ArgumentException($"A note is at most {MaxNoteLength} characters.", nameof(note));
        }

        return new PainEntry(Guid.NewGuid(), at, score, area, string.IsNullOrWhiteSpace(note) ? null : note.Trim());
    }

    /// <summary>
    /// True when the entry describes the upper back, the pain Supple's trend follows: entered for the upper back, or
    /// with no area given (Supple asks about the upper back).
    /// </summary>
    public bool IsUpperBack => Area is null or BodyArea.UpperBack;
}
