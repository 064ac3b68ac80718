using System.Globalization;
using Supple.Core.Content;
using Supple.Core.History;
using Supple.Web.Resources;

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
                Add(field, ApiText.Get(ApiText.FieldPainRequired));
            }

            return null;
        }

        if (value is < PainScore.Min or > PainScore.Max)
        {
            Add(field, ApiText.Format(ApiText.FieldPainOutOfRange, ("value", value.Value.ToString(CultureInfo.InvariantCulture))));
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
            Add(field, ApiText.Get(ApiText.FieldTimeInFuture));
        }
        else if (time < Earliest)
        {
            Add(field, ApiText.Format(ApiText.FieldTimeBefore, ("time", Earliest.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))));
        }
        else if (notBefore is { } earliest && time < earliest)
        {
            Add(field, ApiText.Format(ApiText.FieldTimeBefore, ("time", earliest.ToString("O", CultureInfo.InvariantCulture))));
        }

        return time;
    }

    public Stretch? Stretch(string field, string? id, Programme programme)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            Add(field, ApiText.Get(ApiText.FieldStretchRequired));
            return null;
        }

        if (programme.FindStretch(id) is { } stretch)
        {
            return stretch;
        }

        Add(field, ApiText.Format(ApiText.FieldUnknownStretch, ("id", RoutineRequest.Shorten(id)), ("known", string.Join(", ", programme.Stretches.Select(s => s.Id)))));
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
            Add(field, ApiText.Get(ApiText.FieldSideOneOf));
            return Core.Content.Side.None;
        }

        if (stretch is null)
        {
            return side;
        }

        if (stretch.Dosage.EachSide && side == Core.Content.Side.None)
        {
            Add(field, ApiText.Format(ApiText.FieldEachSide, ("stretch", stretch.Name)));
        }
        else if (!stretch.Dosage.EachSide && side != Core.Content.Side.None)
        {
            Add(field, ApiText.Format(ApiText.FieldNoSides, ("stretch", stretch.Name)));
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
            Add(field, ApiText.Format(ApiText.FieldAtMostCharacters, ("max", maxLength.ToString(CultureInfo.InvariantCulture))));
            return null;
        }

        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }
}
