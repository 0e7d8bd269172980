namespace MotCua.Modules.Calendar;

/// <summary>Marker for the Calendar module's strings (CalendarText.resx, CalendarText.en.resx).</summary>
internal sealed class CalendarText;
