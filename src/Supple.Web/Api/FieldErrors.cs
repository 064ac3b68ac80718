using Supple.Core.Content;
using Supple.Core.History;

namespace Supple.Web.Api;

/// <summary>Collects the field errors of one request; the request is refused (400, nothing stored) unless it stays empty.</summary>
internal sealed class FieldErrors
{
    /// <summary>How far ahead of the server's clock a client's time may be (clock skew), and still not count as "in the future".</summary>
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(1);

    /// <summary>No time before this is believable (it guards against zero dates and typos).</summary>
    public static readonly DateTimeOffset Earliest = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly Dictionary<string, string[]> _errors = new(StringComparer.Ordinal);

    public bool Any => _errors.Count > 0;

    public Dictionary<string, string[]> Errors => _errors;

    public void Add(string field, string message) =>
        _errors[field] = _errors.TryGetValue(field, out var existing) ? [.. existing, message] : [message];

    public int? Pain(string field, int? value, bool required = false)
    {
        if (value is null)
        {
            if (required)
            {
                Add(field, "A pain score is required: a whole number from 0 (no pain) to 10 (worst).");
            }

            return null;
        }

        if (value is < PainScore.Min or > PainScore.Max)
        {
            Add(field, $"{value} is out of range: a pain score is from 0 (no pain) to 10 (worst).");
            return null;
        }

        return value;
    }

    public DateTimeOffset Time(string field, DateTimeOffset? value, DateTimeOffset now, DateTimeOffset? notBefore = null)
    {
        if (value is not { } time)
        {
            return now;
        }

        if (time > now + ClockSkew)
        {
            Add(field, "The time is in the future.");
        }
        else if (time < Earliest)
        {
            Add(field, $"The time is before {Earliest:yyyy-MM-dd}.");
        }
        else if (notBefore is { } earliest && time < earliest)
        {
            Add(field, $"The time is before {earliest:O}.");
        }

        return time;
    }

    public Stretch? Stretch(string field, string? id, Programme programme)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            Add(field, "A stretch id is required.");
            return null;
        }

        if (programme.FindStretch(id) is { } stretch)
        {
            return stretch;
        }

        Add(field, $"Unknown stretch id '{RoutineRequest.Shorten(id)}'. Known ids: {string.Join(", ", programme.Stretches.Select(s => s.Id))}.");
        return null;
    }

    /// <summary>Parses a side and checks it fits the stretch: left/right for a stretch done on each side, none otherwise.</summary>
    public Side Side(string field, string? text, Stretch? stretch)
    {
        var trimmed = text?.Trim();
        Side side;
        if (string.IsNullOrEmpty(trimmed))
        {
            side = Core.Content.Side.None;
        }
        else if (!int.TryParse(trimmed, out _) && Enum.TryParse(trimmed, ignoreCase: true, out side) && Enum.IsDefined(side))
        {
            // parsed
        }
        else
        {
            Add(field, "The side must be one of: none, left, right.");
            return Core.Content.Side.None;
        }

        if (stretch is null)
        {
            return side;
        }

        if (stretch.Dosage.EachSide && side == Core.Content.Side.None)
        {
            Add(field, $"{stretch.Name} is done on each side: the side must be left or right.");
        }
        else if (!stretch.Dosage.EachSide && side != Core.Content.Side.None)
        {
            Add(field, $"{stretch.Name} has no sides: the side must be none (or left out).");
        }

        return side;
    }

    public int Count(string field, int? value, int max, string what)
    {
        if (value is null)
        {
            Add(field, $"The number of {what} is required.");
            return 0;
        }

        if (value < 0 || value > max)
        {
            Add(field, $"The number of {what} must be from 0 to {max} for this stretch.");
            return 0;
        }

        return value.Value;
    }

    public string? Text(string field, string? value, int maxLength)
    {
        if (value is { Length: var length } && length > maxLength)
        {
            Add(field, $"At most {maxLength} characters.");
            return null;
        }

        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }
}
