using Cake.Core;

namespace Build.Hosting;

/// <summary>
/// Cake's console, without colours where <see cref="ConsoleTraits"/> says there must be none. Cake decides on ANSI from
/// TERM and CI variables alone (Cake.Core's AnsiDetector), so with a redirected output or NO_COLOR set it would still
/// colour the values it logs; this console says it supports no escape codes and ignores colour changes then.
/// </summary>
public sealed class ColourGatedConsole(IConsole inner, bool colours) : IConsole
{
    public ConsoleColor ForegroundColor
    {
        get => inner.ForegroundColor;
        set
        {
            if (colours)
            {
                inner.ForegroundColor = value;
            }
        }
    }

    public ConsoleColor BackgroundColor
    {
        get => inner.BackgroundColor;
        set
        {
            if (colours)
            {
                inner.BackgroundColor = value;
            }
        }
    }

    public bool SupportAnsiEscapeCodes => colours && inner.SupportAnsiEscapeCodes;

    public void Write(string format, params object[] arg) => inner.Write(format, arg);

    public void Write(string value) => inner.Write(value);

    public void WriteLine(string format, params object[] arg) => inner.WriteLine(format, arg);

    public void WriteLine(string value) => inner.WriteLine(value);

    public void WriteError(string format, params object[] arg) => inner.WriteError(format, arg);

    public void WriteError(string value) => inner.WriteError(value);

    public void WriteErrorLine(string format, params object[] arg) => inner.WriteErrorLine(format, arg);

    public void WriteErrorLine(string value) => inner.WriteErrorLine(value);

    public void ResetColor()
    {
        if (colours)
        {
            inner.ResetColor();
        }
    }
}
