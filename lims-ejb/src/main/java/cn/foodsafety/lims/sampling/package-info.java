/**
 * The sample form (抽样单) and its number, the assignment of each sample to an eligible laboratory
 * under the separation of sampling and testing (抽检分离), and the chain of custody from collection to
 * the lab's receipt, which starts the lab's clock.
 */
package cn.foodsafety.lims.sampling;
