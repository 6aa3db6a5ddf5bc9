import Kintsugi.Risk
import Kintsugi.Flaky
import Kintsugi.Sync
import Kintsugi.Vectors
