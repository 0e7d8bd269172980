namespace MotCua.Modules.Calendar;

internal static class CalendarModule
{
    public static WebApplicationBuilder AddCalendar(this WebApplicationBuilder builder) => builder;

    public static WebApplication MapCalendar(this WebApplication app) => app;
}
