using System.Globalization;
using MotCua.Modules.Catalog.Data;

namespace MotCua.Modules.Catalog.SearchProcedures;

/// <summary>A validated catalogue search: free text plus filters by field, agency, level and online level, one page.</summary>
internal sealed record ProcedureQuery(string? Text, string? Field, string? Agency, string? Level, OnlineServiceLevel? Online, int Page, int PageSize)
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;
    public const int MaxTextLength = 200;

    /// <summary>Parses raw query-string values; on failure returns the errors by parameter name, with Vietnamese messages.</summary>
    public static (ProcedureQuery? Query, Dictionary<string, string[]> Errors) Parse(
        string? q, string? field, string? agency, string? level, string? online, string? page, string? pageSize)
    {
        var errors = new Dictionary<string, string[]>();
        var pageNumber = ParseInt(page, 1, "page", "Số trang phải là số nguyên từ 1 trở lên.", 1, int.MaxValue, errors);
        var size = ParseInt(pageSize, DefaultPageSize, "pageSize", $"Số kết quả mỗi trang phải là số nguyên từ 1 đến {MaxPageSize}.", 1, MaxPageSize, errors);
        OnlineServiceLevel? onlineLevel = null;
        if (!string.IsNullOrWhiteSpace(online))
        {
            if (Enum.TryParse<OnlineServiceLevel>(online.Trim(), ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !online.Trim().All(char.IsAsciiDigit))
            {
                onlineLevel = parsed;
            }
            else
            {
                errors["online"] = ["Mức độ trực tuyến phải là một trong: full (toàn trình), partial (một phần), none (không trực tuyến)."];
            }
        }

        if (q?.Length > MaxTextLength)
        {
            errors["q"] = [$"Từ khóa tìm kiếm dài tối đa {MaxTextLength} ký tự."];
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        return (new ProcedureQuery(Blank(q), Blank(field), Blank(agency), Blank(level), onlineLevel, pageNumber, size), errors);
    }

    private static int ParseInt(string? raw, int fallback, string name, string message, int min, int max, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return fallback;
        }

        if (int.TryParse(raw.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        errors[name] = [message];
        return fallback;
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
