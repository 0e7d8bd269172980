using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.OpenApi;
using MotCua.Common.Validation;

namespace MotCua.Common.Web;

/// <summary>What reading a parameter's text found.</summary>
internal enum ParameterReading
{
    Valid,

    /// <summary>Blank, and the parameter is required.</summary>
    Missing,

    /// <summary>Not a value of the parameter's type.</summary>
    Malformed,

    /// <summary>A value of the type, outside the declared limits.</summary>
    OutOfRange,
}

/// <summary>
/// A parameter of an API endpoint declared once, with its type and limits. The endpoint binds it as text, so that a bad value
/// gets the endpoint's own Vietnamese message rather than the framework's binding failure, and reads that text through the
/// declaration; <see cref="ApiParameterOpenApi"/> writes the same declaration into the OpenAPI document, so the document and
/// the validation cannot drift apart. Attach the declarations to the endpoint with <see cref="ApiParameterEndpoints.WithParameters"/>.
/// </summary>
internal abstract record ApiParameter(string Name)
{
    /// <summary>A blank value is refused as <see cref="ParameterReading.Missing"/>.</summary>
    public bool Required { get; init; }

    /// <summary>Said in the document beside the type, for what the type cannot say.</summary>
    public string? Description { get; init; }

    /// <summary>A value the endpoint accepts, shown in the document.</summary>
    public string? Example { get; init; }

    /// <summary>The schema of the value in the OpenAPI document.</summary>
    public abstract OpenApiSchema Schema();

    /// <summary>The description with the limits that the schema has no keyword for.</summary>
    protected string Describe(string limits) => Description is null ? limits : Description + " " + limits;
}

/// <summary>A declared parameter whose value reads as <typeparamref name="T"/>.</summary>
internal abstract record ApiParameter<T>(string Name) : ApiParameter(Name)
{
    /// <summary>Reads the raw text, trimmed; blank gives <see cref="Blank"/> (or <see cref="ParameterReading.Missing"/> when required).</summary>
    public ParameterReading Read(string? raw, out T value)
    {
        value = Blank;
        if (string.IsNullOrWhiteSpace(raw))
        {
            return Required ? ParameterReading.Missing : ParameterReading.Valid;
        }

        var reading = Parse(raw.Trim(), out var parsed);
        if (reading == ParameterReading.Valid)
        {
            value = parsed;
        }

        return reading;
    }

    public bool TryRead(string? raw, out T value) => Read(raw, out value) == ParameterReading.Valid;

    /// <summary>The value of a blank parameter: its default, or nothing.</summary>
    protected virtual T Blank => default!;

    protected abstract ParameterReading Parse(string text, out T value);
}

/// <summary>A whole number written in ASCII digits (no sign, no other script's digits), between the limits.</summary>
internal sealed record IntegerParameter(string Name, int Minimum, int Maximum) : ApiParameter<int?>(Name)
{
    public int? Default { get; init; }

    protected override int? Blank => Default;

    protected override ParameterReading Parse(string text, out int? value)
    {
        value = null;
        if (!text.All(char.IsAsciiDigit))
        {
            return ParameterReading.Malformed;
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < Minimum || number > Maximum)
        {
            return ParameterReading.OutOfRange;
        }

        value = number;
        return ParameterReading.Valid;
    }

    public override OpenApiSchema Schema() => new()
    {
        Type = JsonSchemaType.Integer,
        Format = "int32",
        Minimum = Minimum.ToString(CultureInfo.InvariantCulture),
        Maximum = Maximum.ToString(CultureInfo.InvariantCulture),
        Default = Default is { } value ? JsonValue.Create(value) : null,
        Description = Description,
    };
}

/// <summary>A calendar date written yyyy-MM-dd, between the limits.</summary>
internal sealed record DateParameter(string Name, DateOnly Minimum, DateOnly Maximum) : ApiParameter<DateOnly?>(Name)
{
    protected override ParameterReading Parse(string text, out DateOnly? value)
    {
        value = null;
        if (!TypedValues.TryIsoDate(text, out var date))
        {
            return ParameterReading.Malformed;
        }

        if (date < Minimum || date > Maximum)
        {
            return ParameterReading.OutOfRange;
        }

        value = date;
        return ParameterReading.Valid;
    }

    public override OpenApiSchema Schema() => new()
    {
        Type = JsonSchemaType.String,
        Format = "date",
        Description = Describe(string.Create(CultureInfo.InvariantCulture, $"From {Minimum:yyyy-MM-dd} to {Maximum:yyyy-MM-dd}.")),
    };
}

/// <summary>
/// An instant written in ISO 8601 (<c>2026-02-13T16:10:00+07:00</c>, <c>…Z</c>, or a date alone); without an offset it is
/// local time at <see cref="LocalOffset"/>. Between the limits, inclusive.
/// </summary>
internal sealed partial record DateTimeParameter(string Name, TimeSpan LocalOffset, DateTimeOffset Earliest, DateTimeOffset Latest) : ApiParameter<DateTimeOffset?>(Name)
{
    private const int MaxLength = 40;

    private static readonly string[] Formats = ["yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd"];

    protected override ParameterReading Parse(string text, out DateTimeOffset? value)
    {
        value = text.Length > MaxLength ? null : Instant(SpaceForPlus().Replace(text, "+$1"));
        if (value is null)
        {
            return ParameterReading.Malformed;
        }

        return value < Earliest || value > Latest ? ParameterReading.OutOfRange : ParameterReading.Valid;
    }

    private DateTimeOffset? Instant(string text)
    {
        const DateTimeStyles styles = DateTimeStyles.AllowWhiteSpaces;
        if (!HasOffset().IsMatch(text))
        {
            return DateTime.TryParseExact(text, Formats, CultureInfo.InvariantCulture, styles, out var local) && IsConvertible(local)
                ? new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), LocalOffset)
                : null;
        }

        return DateTimeOffset.TryParseExact(text, Formats, CultureInfo.InvariantCulture, styles, out var instant) && IsConvertible(instant.UtcDateTime) ? instant : null;
    }

    /// <summary>A year away from either end of <see cref="DateTime"/>'s range, so that moving to or from local time cannot overflow.</summary>
    private static bool IsConvertible(DateTime value) => value.Year is > 1 and < 9999;

    public override OpenApiSchema Schema() => new()
    {
        Type = JsonSchemaType.String,
        Format = "date-time",
        Description = Describe(string.Create(
            CultureInfo.InvariantCulture,
            $"ISO 8601; without an offset, local time (UTC{LocalOffset:\\+hh\\:mm}); a date alone is its midnight. From {Earliest:yyyy-MM-dd'T'HH:mm:sszzz} to {Latest:yyyy-MM-dd'T'HH:mm:sszzz}.")),
    };

    /// <summary>A '+' of the offset that a query string turned into a space.</summary>
    [GeneratedRegex(@"(?<=T[0-9:.]+)\s([0-9]{2}:?[0-9]{2})$")]
    private static partial Regex SpaceForPlus();

    [GeneratedRegex(@"T[0-9:.]+(Z|[+-][0-9]{2}:?[0-9]{2})$", RegexOptions.IgnoreCase)]
    private static partial Regex HasOffset();
}

/// <summary><c>true</c> or <c>false</c>, in any letter case.</summary>
internal sealed record BooleanParameter(string Name) : ApiParameter<bool?>(Name)
{
    protected override ParameterReading Parse(string text, out bool? value)
    {
        value = bool.TryParse(text, out var flag) ? flag : null;
        return value is null ? ParameterReading.Malformed : ParameterReading.Valid;
    }

    public override OpenApiSchema Schema() => new() { Type = JsonSchemaType.Boolean, Description = Description };
}

/// <summary>One of the names of <typeparamref name="TEnum"/>, in any letter case; never its number.</summary>
internal sealed record EnumParameter<TEnum>(string Name) : ApiParameter<TEnum?>(Name)
    where TEnum : struct, Enum
{
    public TEnum? Default { get; init; }

    protected override TEnum? Blank => Default;

    protected override ParameterReading Parse(string text, out TEnum? value)
    {
        value = TypedValues.Named<TEnum>(text);
        return value is null ? ParameterReading.Malformed : ParameterReading.Valid;
    }

    public override OpenApiSchema Schema() => new()
    {
        Type = JsonSchemaType.String,
        Enum = [.. Enum.GetNames<TEnum>().Select(n => (JsonNode)JsonValue.Create(n))],
        Default = Default is { } value ? JsonValue.Create(value.ToString()) : null,
        Description = Description,
    };
}

/// <summary>
/// Free text, at most <see cref="MaxLength"/> characters, matching <see cref="Pattern"/> (ECMAScript, as JSON Schema reads it)
/// when one is given; or, when <see cref="Values"/> are given, one of them (any case; an enum in the schema).
/// </summary>
internal sealed record TextParameter(string Name) : ApiParameter<string?>(Name)
{
    public int? MaxLength { get; init; }

    public string? Pattern { get; init; }

    public IReadOnlyList<string> Values { get; init; } = [];

    protected override ParameterReading Parse(string text, out string? value)
    {
        value = null;
        if (Values.Count > 0)
        {
            if (!Values.Contains(text, StringComparer.OrdinalIgnoreCase))
            {
                return ParameterReading.Malformed;
            }
        }
        else if (text.Length > MaxLength)
        {
            return ParameterReading.OutOfRange;
        }
        else if (Pattern is not null && !Regex.IsMatch(text, Pattern, RegexOptions.ECMAScript, TimeSpan.FromSeconds(1)))
        {
            return ParameterReading.Malformed;
        }

        value = text;
        return ParameterReading.Valid;
    }

    public override OpenApiSchema Schema() => Values.Count > 0
        ? new() { Type = JsonSchemaType.String, Enum = [.. Values.Select(v => (JsonNode)JsonValue.Create(v))], Description = Description }
        : new() { Type = JsonSchemaType.String, MaxLength = MaxLength, Pattern = Pattern, Description = Description };
}

/// <summary>The declared parameters of one endpoint, as its metadata.</summary>
internal sealed record ApiParameters(IReadOnlyList<ApiParameter> Parameters);

internal static class ApiParameterEndpoints
{
    /// <summary>Declares the endpoint's parameters; the document describes them from these declarations, each of which the handler must bind.</summary>
    public static TBuilder WithParameters<TBuilder>(this TBuilder builder, params ApiParameter[] parameters)
        where TBuilder : IEndpointConventionBuilder => builder.WithMetadata(new ApiParameters(parameters));
}
