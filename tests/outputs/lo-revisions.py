"""
LibreOffice's own reading of a document's tracked changes, for the tests:
opens each .docx given, accepts (or rejects) all its revisions the way
Edit > Track Changes > Accept All does, and saves the result as UTF-8 text.

  python3 lo-revisions.py accept|reject OUT_DIR FILE.docx...

Starts its own headless LibreOffice with a profile of its own and a pipe
named after this process, and stops it when done.
"""
import os
import subprocess
import sys
import tempfile
import time

import uno
from com.sun.star.beans import PropertyValue


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def main():
    mode, out_dir, files = sys.argv[1], sys.argv[2], sys.argv[3:]
    pipe = f"amendrevisions{os.getpid()}"
    profile = tempfile.mkdtemp(prefix="amend-lo-")
    office = subprocess.Popen(
        ["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--invisible", "--norestore",
         f"--accept=pipe,name={pipe};urp;"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
        ctx = None
        for _ in range(120):
            try:
                ctx = resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
                break
            except Exception:
                time.sleep(0.5)
        if ctx is None:
            raise SystemExit("LibreOffice did not start")
        smgr = ctx.ServiceManager
        desktop = smgr.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
        dispatcher = smgr.createInstanceWithContext("com.sun.star.frame.DispatchHelper", ctx)
        command = ".uno:AcceptAllTrackedChanges" if mode == "accept" else ".uno:RejectAllTrackedChanges"
        for f in files:
            doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(os.path.abspath(f)), "_blank", 0, (prop("Hidden", True),))
            frame = doc.getCurrentController().getFrame()
            dispatcher.executeDispatch(frame, command, "", 0, ())
            name = os.path.splitext(os.path.basename(f))[0] + ".txt"
            target = uno.systemPathToFileUrl(os.path.abspath(os.path.join(out_dir, name)))
            doc.storeToURL(target, (prop("FilterName", "Text (encoded)"), prop("FilterOptions", "UTF8")))
            doc.close(True)
        try:
            desktop.terminate()
        except Exception:
            pass
    finally:
        try:
            office.wait(timeout=30)
        except subprocess.TimeoutExpired:
            office.kill()


main()
